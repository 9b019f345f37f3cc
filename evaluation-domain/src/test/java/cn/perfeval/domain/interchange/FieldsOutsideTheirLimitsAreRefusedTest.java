package cn.perfeval.domain.interchange;

import cn.perfeval.domain.common.Problem;
import cn.perfeval.domain.support.ChangedDocuments;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.domain.template.TemplateCodec;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.TemplateImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every figure and text read from outside has bounds; each violation is a problem at its path naming the field. */
class FieldsOutsideTheirLimitsAreRefusedTest {

    private final EvaluationDocumentCodec codec = new EvaluationDocumentCodec();

    private EvaluationImport readChanged(Consumer<ObjectNode> change) {
        return ChangedDocuments.seedWith(change);
    }

    /** The document with one raw JSON token replacing the value at a place, as an attacker would send it. */
    private EvaluationImport readWithToken(String before, String token) {
        String json = Fixtures.gaoqiaoJson();
        assertThat(json).contains(before);
        return codec.read(json.replaceFirst(java.util.regex.Pattern.quote(before), before.substring(0, before.indexOf(':') + 2) + token),
                InMemoryTemplateRegistry.withBuiltIns());
    }

    private static Problem only(EvaluationImport result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static ObjectNode node(ObjectNode root, String... keys) {
        return ChangedDocuments.object(root, keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e100000", "1e-100000", "1e10000000", "-1e10000000", "0e-100000"})
    void poisonNumbersAreRefusedAtOnceAsAnAmount(String token) {
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> only(readWithToken("\"currentFinal\": 4.6", token)));
        assertThat(p.path()).isEqualTo("$.basicData.expenseControl.threePublicExpenses.currentFinal");
        assertThat(p.message()).contains("超出允许范围");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e100000", "1e-100000", "1e10000000"})
    void poisonNumbersAreRefusedAtOnceAsAScoreAnInputOrATemplateWeight(String token) {
        Problem score = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> only(readWithToken("\"2.2.5\": 3", token)));
        assertThat(score.path()).isEqualTo("$.scoreSheet.selfScores['2.2.5']");
        Problem input = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> only(readChanged(root ->
                node(root, "scoreSheet").putObject("inputs").putObject("2.1.1").put("budgetCompleted", new java.math.BigDecimal(token)))));
        assertThat(input.path()).isEqualTo("$.scoreSheet.inputs['2.1.1'].budgetCompleted");
        String template = new TemplateCodec().write(BuiltInTemplates.yuhua2020()).replaceFirst("\"totalWeight\" : 100", "\"totalWeight\" : " + token);
        TemplateImport t = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> new TemplateCodec().read(template));
        assertThat(t.problems()).extracting(Problem::path).containsExactly("$.totalWeight");
    }

    @Test
    void anAmountMustBeBelowTenBillionWithAtMostFourDecimals() {
        Problem tooBig = only(readChanged(root -> node(root, "basicData", "expenseControl", "threePublicExpenses")
                .put("currentFinal", new java.math.BigDecimal("10000000000"))));
        assertThat(tooBig.message()).startsWith("附件1“三公经费”本年决算数超出允许范围");
        Problem decimals = only(readChanged(root -> node(root, "basicData", "expenseControl", "publicOperatingExpenses")
                .put("currentBudget", new java.math.BigDecimal("133.98001"))));
        assertThat(decimals.path()).isEqualTo("$.basicData.expenseControl.publicOperatingExpenses.currentBudget");
        assertThat(decimals.message()).isEqualTo("附件1“公用经费”本年预算数最多保留4位小数：133.98001");
        assertThat(readChanged(root -> node(root, "basicData", "expenseControl", "threePublicExpenses")
                .put("currentFinal", new java.math.BigDecimal("4.60000"))).problems()).isEmpty();
    }

    @Test
    void headcountsAreWholeAndAtMostAMillion() {
        Problem p = only(readChanged(root -> node(root, "basicData", "staffing").put("actualHeadcount", 1_000_001)));
        assertThat(p.path()).isEqualTo("$.basicData.staffing.actualHeadcount");
        assertThat(p.message()).startsWith("附件1“实际在职人数”超出允许范围（应为0至1000000人）");
    }

    @Test
    void selfScoresHaveAtMostTwoDecimalsAndPercentInputsStayBelowTenThousand() {
        Problem score = only(readChanged(root -> node(root, "scoreSheet", "selfScores").put("2.2.1", new java.math.BigDecimal("2.805"))));
        assertThat(score.message()).isEqualTo("指标“2.2.1 管理制度健全性”自评得分最多保留2位小数：2.805");
        Problem rate = only(readChanged(root -> node(root, "scoreSheet").putObject("inputs").putObject("4.1.4")
                .put("surveyRate", new java.math.BigDecimal("10000.5"))));
        assertThat(rate.path()).isEqualTo("$.scoreSheet.inputs['4.1.4'].surveyRate");
        assertThat(rate.message()).startsWith("指标“4.1.4 社会公众或服务对象满意度”的“满意度调查结果”超出允许范围");
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101})
    void theYearLiesWithinThisCentury(int year) {
        Problem p = only(readChanged(root -> root.put("year", year)));
        assertThat(p.path()).isEqualTo("$.year");
        assertThat(p.message()).startsWith("年度超出允许范围（应为2000至2100年）");
    }

    @Test
    void aSectionTextOverTwentyThousandCharactersIsRefusedWithItsLength() {
        Problem p = only(readChanged(root -> ((ObjectNode) root.get("report").get("sections").get(2)).put("text", "绩".repeat(100_000))));
        assertThat(p.path()).isEqualTo("$.report.sections[2].text");
        assertThat(p.message()).isEqualTo("附件3“三、部门整体支出绩效情况”超过20000字（当前100000字）");
        assertThat(readChanged(root -> ((ObjectNode) root.get("report").get("sections").get(2)).put("text", "绩".repeat(20_000)))
                .problems()).isEmpty();
    }

    @Test
    void reasonsAndUnitNamesHaveTheirOwnLengths() {
        Problem reason = only(readChanged(root -> node(root, "scoreSheet").putObject("reasons").put("1.1.2", "理".repeat(2_001))));
        assertThat(reason.path()).isEqualTo("$.scoreSheet.reasons['1.1.2']");
        assertThat(reason.message()).isEqualTo("指标“1.1.2”自评得分的说明超过2000字（当前2001字）");
        Problem name = only(readChanged(root -> node(root, "unit").put("name", "高".repeat(201))));
        assertThat(name.path()).isEqualTo("$.unit.name");
        assertThat(name.message()).isEqualTo("单位名称超过200字（当前201字）");
    }
}
