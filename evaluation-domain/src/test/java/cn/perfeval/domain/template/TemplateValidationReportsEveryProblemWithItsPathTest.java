package cn.perfeval.domain.template;

import cn.perfeval.domain.support.ChangedDocuments;

import cn.perfeval.domain.common.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateValidationReportsEveryProblemWithItsPathTest {

    private final TemplateCodec codec = new TemplateCodec();

    private TemplateImport readChanged(Consumer<ObjectNode> change) {
        return ChangedDocuments.yuhuaWith(change);
    }

    private static ObjectNode node(ObjectNode root, int... path) {
        return ChangedDocuments.indicator(root, path);
    }

    @Test
    void theBuiltInTemplateIsValid() {
        assertThat(readChanged(root -> { }).problems()).isEmpty();
    }

    @Test
    void weightsThatDoNotAddUpAreReportedAtEveryLevel() {
        TemplateImport result = readChanged(root -> node(root, 0, 0, 0).put("weight", 3));
        assertThat(result.isValid()).isFalse();
        assertThat(result.template()).isEmpty();
        assertThat(result.problems()).extracting(Problem::path).contains(
                "$.indicators[0].children[0].weight",
                "$.indicators[0].children[0].children[0].rule.parts");
    }

    @Test
    void levelOneWeightsMustAddUpToTheTotal() {
        TemplateImport result = readChanged(root -> root.put("totalWeight", 99));
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.totalWeight");
        assertThat(result.problems().get(0).message()).contains("100").contains("99");
    }

    @Test
    void duplicateCodesAreReported() {
        TemplateImport result = readChanged(root -> node(root, 0, 0, 1).put("code", "1.1.1"));
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.indicators[0].children[0].children[1].code");
            assertThat(p.message()).contains("重复");
        });
    }

    @Test
    void ruleParametersMustFitTheirKind() {
        TemplateImport result = readChanged(root -> {
            ObjectNode part = (ObjectNode) node(root, 0, 1, 0).get("rule").get("parts").get(0);
            part.put("direction", "sideways");
            part.remove("perPoint");
            ObjectNode adjustment = (ObjectNode) node(root, 1, 0, 1).get("rule").get("parts").get(0);
            ((ArrayNode) adjustment.get("bands")).remove(1);
            ObjectNode unknown = (ObjectNode) node(root, 1, 0, 2).get("rule").get("parts").get(0);
            unknown.put("kind", "magic");
        });
        assertThat(result.problems()).extracting(Problem::path).contains(
                "$.indicators[0].children[1].children[0].rule.parts[0].direction",
                "$.indicators[0].children[1].children[0].rule.parts[0].perPoint",
                "$.indicators[1].children[0].children[1].rule.parts[0].bands",
                "$.indicators[1].children[0].children[2].rule.parts[0].kind");
    }

    @Test
    void unknownAttachmentOneSourcesAndUndeclaredInputsAreReported() {
        TemplateImport result = readChanged(root -> {
            ObjectNode measure = (ObjectNode) node(root, 0, 1, 0).get("rule").get("parts").get(0).get("measures").get(0);
            measure.put("numerator", "basicData.staffing.dreamHeadcount");
            ObjectNode check = (ObjectNode) node(root, 0, 0, 0).get("rule").get("parts").get(0);
            check.put("input", "notDeclared");
        });
        assertThat(result.problems()).extracting(Problem::path).contains(
                "$.indicators[0].children[1].children[0].rule.parts[0].measures[0].numerator",
                "$.indicators[0].children[0].children[0].rule.parts[0].input");
    }

    @Test
    void aLeafWithoutARuleIsReported() {
        TemplateImport result = readChanged(root -> node(root, 3, 0, 3).remove("rule"));
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.indicators[3].children[0].children[3].rule");
    }

    @Test
    void notJsonIsOneProblemAtTheRoot() {
        TemplateImport result = codec.read("{ not json");
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$");
    }
}
