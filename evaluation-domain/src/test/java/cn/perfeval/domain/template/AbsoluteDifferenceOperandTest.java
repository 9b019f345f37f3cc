package cn.perfeval.domain.template;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code absoluteDifference} and {@code floorAtZero}: read, written back, and refused with a path when wrong. */
class AbsoluteDifferenceOperandTest {

    private static final String FINAL = "basicData.expenseControl.budgetAdjustment.currentFinal";
    private static final String BUDGET = "basicData.expenseControl.budgetAdjustment.currentBudget";
    /** 2.1.2 预算调整率 part ①'s numerator. */
    private static final String NUMERATOR = "$.indicators[1].children[0].children[1].rule.parts[0].ratio.numerator";

    private final TemplateCodec codec = new TemplateCodec();

    private static ObjectNode numerator(ObjectNode root) {
        ObjectNode leaf = (ObjectNode) root.get("indicators").get(1).get("children").get(0).get("children").get(1);
        return (ObjectNode) leaf.get("rule").get("parts").get(0).get("ratio").get("numerator");
    }

    private static ArrayNode absoluteTerms(ObjectNode root) {
        return (ArrayNode) numerator(root).get("difference").get(0).get("absoluteDifference");
    }

    private TemplateImport readChanged(Consumer<ObjectNode> change) {
        ObjectNode root = codec.toJson(BuiltInTemplates.yuhua2020());
        change.accept(root);
        return codec.read(Json.write(root));
    }

    @Test
    void budgetAdjustmentRateUsesTheAbsoluteChangeLessExemptAdjustmentsFlooredAtZero() {
        RulePart.Bands part = (RulePart.Bands) BuiltInTemplates.yuhua2020().find("2.1.2").orElseThrow().rule().parts().get(0);
        assertThat(part.numerator()).isEqualTo(new Operand.Difference(List.of(
                new Operand.AbsoluteDifference(List.of(new Operand.Ref(FINAL, null), new Operand.Ref(BUDGET, null))),
                new Operand.Ref("exemptAdjustments", BigDecimal.ZERO)), true));
        assertThat(part.numerator().refs()).extracting(Operand.Ref::source).containsExactly(FINAL, BUDGET, "exemptAdjustments");
    }

    @Test
    void theCombinatorAndTheFloorAreWrittenAndReadBack() {
        ObjectNode written = codec.toJson(BuiltInTemplates.yuhua2020());
        JsonNode n = numerator(written);
        assertThat(n.get("floorAtZero").booleanValue()).isTrue();
        assertThat(n.get("difference").get(0).get("absoluteDifference").get(0).stringValue()).isEqualTo(FINAL);
        assertThat(n.get("difference").get(0).get("absoluteDifference").get(1).stringValue()).isEqualTo(BUDGET);
        IndicatorTemplate again = codec.read(Json.write(written)).orElseThrow();
        assertThat(again).isEqualTo(BuiltInTemplates.yuhua2020());
        assertThat(codec.toJson(again)).isEqualTo(written);
    }

    @Test
    void aDifferenceWithoutTheFloorIsWrittenWithoutIt() {
        TemplateImport result = readChanged(root -> numerator(root).remove("floorAtZero"));
        IndicatorTemplate t = result.orElseThrow();
        RulePart.Bands part = (RulePart.Bands) t.find("2.1.2").orElseThrow().rule().parts().get(0);
        assertThat(((Operand.Difference) part.numerator()).floorAtZero()).isFalse();
        assertThat(numerator(codec.toJson(t)).has("floorAtZero")).isFalse();
    }

    @Test
    void aBadTermReportsItsPath() {
        TemplateImport result = readChanged(root -> absoluteTerms(root).set(1, JsonNodeFactory.instance.stringNode("basicData.expenseControl.dreams.currentFinal")));
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly(NUMERATOR + ".difference[0].absoluteDifference[1]");
    }

    @Test
    void anUndeclaredInputInATermReportsItsPath() {
        TemplateImport result = readChanged(root -> absoluteTerms(root).set(0, JsonNodeFactory.instance.stringNode("notDeclared")));
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly(NUMERATOR + ".difference[0].absoluteDifference[0]");
        assertThat(result.problems().get(0).message()).contains("notDeclared");
    }

    @Test
    void aTermThatIsNeitherANameNorAnObjectReportsItsPath() {
        TemplateImport result = readChanged(root -> absoluteTerms(root).set(0, JsonNodeFactory.instance.numberNode(3)));
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly(NUMERATOR + ".difference[0].absoluteDifference[0]");
        assertThat(result.problems().get(0).message()).contains("absoluteDifference");
    }

    @Test
    void oneTermIsNotEnough() {
        TemplateImport result = readChanged(root -> absoluteTerms(root).remove(1));
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly(NUMERATOR + ".difference[0].absoluteDifference");
        assertThat(result.problems().get(0).message()).contains("至少需要两项");
    }

    @Test
    void termsMustBeAnArray() {
        TemplateImport result = readChanged(root -> ((ObjectNode) numerator(root).get("difference").get(0)).put("absoluteDifference", FINAL));
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly(NUMERATOR + ".difference[0].absoluteDifference");
    }

    @Test
    void theFloorIsOnlyForADifferenceAndMustBeABoolean() {
        TemplateImport onAbsolute = readChanged(root -> ((ObjectNode) numerator(root).get("difference").get(0)).put("floorAtZero", true));
        assertThat(onAbsolute.problems()).extracting(Problem::path)
                .containsExactly(NUMERATOR + ".difference[0].floorAtZero");
        TemplateImport notBoolean = readChanged(root -> numerator(root).put("floorAtZero", "yes"));
        assertThat(notBoolean.problems()).extracting(Problem::path).containsExactly(NUMERATOR + ".floorAtZero");
    }
}
