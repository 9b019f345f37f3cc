package cn.perfeval.domain.draft;

import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.interchange.EvaluationDocumentCodec;
import cn.perfeval.domain.report.OutlineSection;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.InMemoryTemplateRegistry;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.domain.template.TemplateCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: every unit, every year, a draft complete in shape, optionally carried forward from last year. */
class ANewDraftIsCompleteInShapeTest {

    private static final UnitRef GAOQIAO = new UnitRef("长沙市雨花区高桥街道办事处", "高桥街道办事处", "STREET_OFFICE");

    private final IndicatorTemplate yuhua = BuiltInTemplates.yuhua2020();
    private final IndicatorTemplate hunan = new TemplateCodec().read(Fixtures.text("/templates/hunan-style-test.json")).orElseThrow();
    private final DraftFactory drafts = new DraftFactory();
    private final EvaluationDocumentCodec codec = new EvaluationDocumentCodec();
    private final InMemoryTemplateRegistry registry = InMemoryTemplateRegistry.withBuiltIns().register(hunan);

    @Test
    void everyRowIndicatorAndSectionIsThereAndEmpty() {
        Evaluation draft = drafts.newDraft(yuhua, GAOQIAO, 2021);
        assertThat(draft.year()).isEqualTo(2021);
        assertThat(draft.basicData().expenseControl()).hasSize(ExpenseRow.values().length)
                .allSatisfy((row, amounts) -> assertThat(amounts.allBlank()).as(row.label()).isTrue());
        assertThat(draft.basicData().staffing().actualHeadcount().isBlank()).isTrue();
        assertThat(draft.scoreSheet().selfScores()).containsOnlyKeys(yuhua.leaves().stream().map(l -> l.code()).toList());
        assertThat(draft.scoreSheet().selfScores().values()).containsOnlyNulls();
        assertThat(draft.report().sections()).extracting(ReportSection::key)
                .containsExactly("unitOverview", "budgetExecution", "performance", "problems", "improvements", "resultUse", "other");
        assertThat(draft.report().sections()).allSatisfy(s -> assertThat(s.text()).isEmpty());
        assertThat(yuhua.reportOutline().section("problems")).map(OutlineSection::guidance).hasValueSatisfying(g -> assertThat(g).contains("原因"));
        assertThat(draft.report().title()).isEqualTo("2021年度高桥街道办事处部门整体支出绩效自评报告");
    }

    @Test
    void theDraftDocumentShowsEveryIndicatorAndReadsBackAsTheSameDraft() {
        Evaluation draft = drafts.newDraft(yuhua, GAOQIAO, 2021);
        JsonNode written = Json.MAPPER.readTree(codec.write(draft));
        assertThat(written.get("scoreSheet").get("selfScores").size()).isEqualTo(24);
        assertThat(written.get("scoreSheet").get("selfScores").get("2.2.5").isNull()).isTrue();
        assertThat(written.get("basicData").get("expenseControl").size()).isEqualTo(15);
        assertThat(codec.read(codec.write(draft), registry).orElseThrow()).isEqualTo(draft);
    }

    @Test
    void aDraftOnAnotherTemplateGetsThatTemplatesOutline() {
        Evaluation draft = drafts.newDraft(hunan, GAOQIAO, 2021);
        assertThat(draft.report().sections()).extracting(ReportSection::key).contains("suggestions").doesNotContain("improvements");
        assertThat(draft.report().section("suggestions")).map(ReportSection::title).contains("五、改进意见和建议");
        assertThat(codec.read(codec.write(draft), registry).orElseThrow()).isEqualTo(draft);
    }

    @Test
    void lastYearsFinalsBecomeThePriorYearColumnMarkedAsCarried() {
        Evaluation seed = Fixtures.gaoqiao();
        Evaluation draft = drafts.fromPreviousYear(drafts.newDraft(yuhua, GAOQIAO, 2021), yuhua, seed, ReviewGrade.GOOD);
        assertThat(draft.basicData().cell(ExpenseRow.THREE_PUBLIC_EXPENSES, Column.PRIOR_YEAR_FINAL).value()).contains(new BigDecimal("4.6"));
        assertThat(draft.basicData().cell(ExpenseRow.BUDGET_ADJUSTMENT, Column.PRIOR_YEAR_FINAL).value()).contains(new BigDecimal("7270.51"));
        assertThat(draft.basicData().cell(ExpenseRow.THREE_PUBLIC_EXPENSES, Column.CURRENT_FINAL).isBlank()).isTrue();
        assertThat(draft.basicData().cell(ExpenseRow.OVERSEAS_TRAVEL, Column.PRIOR_YEAR_FINAL).isBlank()).isTrue();
        assertThat(draft.basicData().carried())
                .containsEntry("expenseControl.threePublicExpenses.priorYearFinal", "2020年度自评本年决算数")
                .doesNotContainKey("expenseControl.overseasTravel.priorYearFinal");
        assertThat(draft.scoreSheet().input("2.2.4", "previousReviewGrade")).contains(new InputValue.Text("良"));
        assertThat(draft.scoreSheet().input("2.2.4", "previousReviewGradeSource")).contains(new InputValue.Text("2020年度财政局评审等级 良"));
        String written = codec.write(draft);
        assertThat(Json.MAPPER.readTree(written).get("basicData").get("carried").get("expenseControl.threePublicExpenses.priorYearFinal")
                .stringValue()).isEqualTo("2020年度自评本年决算数");
        assertThat(codec.read(written, registry).orElseThrow()).isEqualTo(draft);
    }

    @Test
    void withoutAReviewGradeOnlyTheFiguresAreCarried() {
        Evaluation draft = drafts.fromPreviousYear(drafts.newDraft(yuhua, GAOQIAO, 2021), yuhua, Fixtures.gaoqiao(), null);
        assertThat(draft.scoreSheet().inputsOf("2.2.4")).isEmpty();
    }

    @Test
    void lastYearsReportIsTheDraftToRewriteSectionBySection() {
        Evaluation draft = drafts.reportFromPreviousYear(drafts.newDraft(hunan, GAOQIAO, 2021), Fixtures.gaoqiao());
        ReportSection problems = draft.report().section("problems").orElseThrow();
        assertThat(problems.text()).startsWith("存在的问题：绩效目标设置不规范。");
        assertThat(problems.fromPreviousYear()).isTrue();
        assertThat(draft.report().section("suggestions").orElseThrow().fromPreviousYear()).as("no such section last year").isFalse();
        assertThat(draft.report().section("other").orElseThrow().fromPreviousYear()).as("empty last year").isFalse();
        String written = codec.write(draft);
        assertThat(written).contains("\"fromPreviousYear\" : true");
        assertThat(codec.read(written, registry).orElseThrow()).isEqualTo(draft);
    }

    @Test
    void aTemplateStoredBeforeOutlinesExistedTakesTheDefaultOne() {
        ObjectNode old = new TemplateCodec().toJson(hunan);
        old.remove("reportOutline");
        old.remove("basicDataCompleteness");
        IndicatorTemplate read = new TemplateCodec().read(Json.write(old)).orElseThrow();
        assertThat(read.reportOutline()).isEqualTo(yuhua.reportOutline());
        assertThat(read.basicDataRequirements()).isEqualTo(yuhua.basicDataRequirements());
    }
}
