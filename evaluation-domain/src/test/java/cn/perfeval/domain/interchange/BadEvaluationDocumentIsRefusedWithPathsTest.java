package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.support.ChangedDocuments;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class BadEvaluationDocumentIsRefusedWithPathsTest {

    private final EvaluationDocumentCodec codec = new EvaluationDocumentCodec();

    private EvaluationImport readChanged(Consumer<ObjectNode> change) {
        return ChangedDocuments.seedWith(change);
    }

    private static ObjectNode obj(ObjectNode root, String... keys) {
        return ChangedDocuments.object(root, keys);
    }

    @Test
    void everyProblemIsListedWithItsPathAndNothingIsReturned() {
        EvaluationImport result = readChanged(root -> {
            obj(root, "basicData", "staffing").put("actualHeadcount", -3);
            obj(root, "basicData", "expenseControl", "threePublicExpenses").put("currentFinal", "四点六");
            obj(root, "basicData", "expenseControl", "vehicles").put("currentBudget", -5.94);
            obj(root, "scoreSheet", "selfScores").put("1.1.1", 2.5);
            obj(root, "scoreSheet", "selfScores").put("9.9.9", 1);
            obj(root, "report", "expenditure").put("total", "7270.5万元");
        });
        assertThat(result.isValid()).isFalse();
        assertThat(result.evaluation()).isEmpty();
        assertThat(result.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.basicData.staffing.actualHeadcount",
                "$.basicData.expenseControl.threePublicExpenses.currentFinal",
                "$.basicData.expenseControl.vehicles.currentBudget",
                "$.scoreSheet.selfScores['1.1.1']",
                "$.scoreSheet.selfScores['9.9.9']",
                "$.report.expenditure.total");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("超过").contains("2.5"));
    }

    @Test
    void anUnknownTemplateIsReported() {
        EvaluationImport result = readChanged(root -> root.put("templateCode", "nowhere-1999"));
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$.templateCode");
        assertThat(result.problems().get(0).message()).contains("nowhere-1999");
    }

    @Test
    void inputsAreCheckedAgainstTheRule() {
        EvaluationImport result = readChanged(root -> {
            ObjectNode inputs = obj(root, "scoreSheet").putObject("inputs");
            inputs.putObject("1.2.1").put("contractStaffUsed", 2.5).put("unheardOf", 1);
            inputs.putObject("1.1.1").put("matchesDuties", "是");
            inputs.putObject("2.2.4").put("previousReviewGrade", "甲");
            inputs.putObject("2.2.1").put("internalControlScore", 1.5);
            inputs.putObject("1.2").put("x", 1);
        });
        assertThat(result.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.scoreSheet.inputs['1.2.1'].contractStaffUsed",
                "$.scoreSheet.inputs['1.2.1'].unheardOf",
                "$.scoreSheet.inputs['1.1.1'].matchesDuties",
                "$.scoreSheet.inputs['2.2.4'].previousReviewGrade",
                "$.scoreSheet.inputs['2.2.1'].internalControlScore",
                "$.scoreSheet.inputs['1.2']");
    }

    @Test
    void badReportRowsAndSectionsAreReported() {
        EvaluationImport result = readChanged(root -> {
            ((ArrayNode) obj(root, "report", "expenditure").get("projectByEconomic")).get(0);
            ((ArrayNode) obj(root, "report", "expenditure").get("projectByEconomic").get(1)).set(2, Json.object().put("x", 1));
            ((ObjectNode) root.get("report").get("sections").get(0)).put("key", "preface");
            obj(root, "report", "staffingFacts").put("contractEmployees", -1);
        });
        assertThat(result.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.report.expenditure.projectByEconomic[1][2]",
                "$.report.sections[0].key",
                "$.report.staffingFacts.contractEmployees");
    }

    @Test
    void notJsonIsOneProblemAtTheRoot() {
        EvaluationImport result = codec.read("[1,2", InMemoryTemplateRegistry.withBuiltIns());
        assertThat(result.problems()).extracting(Problem::path).containsExactly("$");
    }
}
