package cn.perfeval.domain.checks;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.draft.DraftFactory;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.template.BuiltInTemplates;
import cn.perfeval.domain.template.IndicatorTemplate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: submitting needs every required field, section and self-score; each gap is one error naming it. */
class ABlankDraftCannotBeSubmittedTest {

    private final IndicatorTemplate yuhua = BuiltInTemplates.yuhua2020();
    private final Evaluation blank = new DraftFactory().newDraft(yuhua, new UnitRef("长沙市雨花区高桥街道办事处", "高桥街道办事处", null), 2021);

    private List<Finding> check(Evaluation e) {
        return new ConsistencyChecker().check(e, yuhua);
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void aBlankDraftHasOneErrorPerMissingItem() {
        List<Finding> findings = check(blank);
        // 31 required Attachment-1 fields (with 厉行节约保障措施), 6 required sections (其他 is optional), 24 self-scores
        assertThat(errors(findings)).hasSize(31 + 6 + 24);
        assertThat(errors(findings)).extracting(Finding::code).containsOnly(
                ConsistencyChecker.A1_FIELD_BLANK, ConsistencyChecker.REPORT_SECTION_BLANK, ConsistencyChecker.SELF_SCORE_MISSING);
        assertThat(findings).contains(
                new Finding(ConsistencyChecker.A1_FIELD_BLANK, Severity.ERROR, "附件1“公用经费”本年决算数未填写（不适用请填——）",
                        "$.basicData.expenseControl.publicOperatingExpenses.currentFinal"),
                new Finding(ConsistencyChecker.A1_FIELD_BLANK, Severity.ERROR, "附件1“实际在职人数”未填写（不适用请填——）",
                        "$.basicData.staffing.actualHeadcount"),
                new Finding(ConsistencyChecker.A1_FIELD_BLANK, Severity.ERROR, "附件1“厉行节约保障措施”未填写", "$.basicData.austerityMeasures"),
                new Finding(ConsistencyChecker.REPORT_SECTION_BLANK, Severity.ERROR, "附件3“四、存在的问题及原因分析”尚未填写",
                        "$.report.sections[3].text"),
                new Finding(ConsistencyChecker.SELF_SCORE_MISSING, Severity.ERROR, "指标“2.2.5 重点绩效评价整改情况”未填自评得分",
                        "$.scoreSheet.selfScores['2.2.5']"));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
                .isEqualTo(new Finding(ConsistencyChecker.A1_ENTRY_BLANK, Severity.WARNING, "附件1“项目支出”未填写（不适用请填——）",
                        "$.basicData.expenseControl.projectExpenditure"));
    }

    @Test
    void aCellMarkedNotApplicableIsFilled() {
        Evaluation marked = blank.withBasicData(blank.basicData().withRow(ExpenseRow.PUBLIC_OPERATING_EXPENSES,
                new AmountRow(Cell.notApplicable(), Cell.notApplicable(), Cell.notApplicable())));
        assertThat(errors(check(marked))).hasSize(61 - 3)
                .noneMatch(f -> f.fieldPath().startsWith("$.basicData.expenseControl.publicOperatingExpenses"));
    }

    @Test
    void aSectionLeftOutOfTheDocumentIsMissingToo() {
        Evaluation seed = Fixtures.gaoqiao();
        List<ReportSection> without = seed.report().sections().stream().filter(s -> !s.key().equals("problems")).toList();
        assertThat(errors(check(seed.withReport(seed.report().withSections(without))))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("附件3“四、存在的问题及原因分析”尚未填写");
            assertThat(f.fieldPath()).isEqualTo("$.report.sections");
        });
    }

    @Test
    void theSeedIsCompleteAndItsBlankProjectRowsAreTheOneWarningTheyWere() {
        List<Finding> findings = check(Fixtures.gaoqiao());
        assertThat(errors(findings)).isEmpty();
        assertThat(findings).extracting(Finding::code).doesNotContain(ConsistencyChecker.A1_ENTRY_BLANK)
                .contains(ConsistencyChecker.PROJECT_ROWS_BLANK);
    }
}
