package cn.perfeval.domain.checks;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.support.Fixtures;
import cn.perfeval.domain.template.BuiltInTemplates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: a figure the report's text states that differs from the stored one is one warning quoting both. */
class ReportTextIsReadAgainstTheStoredFiguresTest {

    private final Evaluation seed = Fixtures.gaoqiao();

    private static List<Finding> check(Evaluation e) {
        return new ConsistencyChecker().check(e, BuiltInTemplates.yuhua2020());
    }

    private static Evaluation withText(Evaluation e, String key, String from, String to) {
        List<ReportSection> sections = e.report().sections().stream()
                .map(s -> s.key().equals(key) ? s.withText(s.text().replace(from, to), false) : s).toList();
        assertThat(sections).anySatisfy(s -> assertThat(s.text()).contains(to));
        return e.withReport(e.report().withSections(sections));
    }

    @Test
    void theSeedsHeadcountDisagreementIsFoundInTheTextItself() {
        Evaluation withoutStructuredStaffing = seed.withReport(new SelfEvaluationReport(seed.report().title(), null,
                seed.report().expenditure(), seed.report().sections()));
        for (Evaluation e : List.of(seed, withoutStructuredStaffing)) {
            assertThat(check(e)).filteredOn(f -> f.code().equals(ConsistencyChecker.STAFF_HEADCOUNT_MISMATCH)).singleElement()
                    .isEqualTo(new Finding(ConsistencyChecker.STAFF_HEADCOUNT_MISMATCH, Severity.WARNING,
                            "附件3“一、单位基本情况”写有“在职在编（含引进人才、随军家属）：44人”，与附件1“实际在职人数”43人不一致（口径可能不同，请核实）",
                            "$.basicData.staffing.actualHeadcount"));
        }
    }

    @Test
    void aTotalInTheTextThatDiffersFromAttachmentOneIsAWarningWithTheSection() {
        List<Finding> findings = check(withText(seed, "unitOverview", "共计支出7270.5万元", "共计支出7170.5万元"));
        assertThat(findings).filteredOn(f -> f.code().equals(ConsistencyChecker.REPORT_A1_TOTAL)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("附件3“一、单位基本情况”写有“共计支出7170.5万元”，与附件1“部门整体支出预算调整”本年决算数7270.51万元不一致");
            assertThat(f.fieldPath()).isEqualTo("$.basicData.expenseControl.budgetAdjustment.currentFinal");
        });
    }

    @Test
    void textStructuredFigureAndAttachmentOneDisagreeingAreOneFindingNotThree() {
        Expenditure x = seed.report().expenditure();
        Expenditure changed = new Expenditure(new BigDecimal("7170.5"), x.basic(), x.project(), x.basicByEconomic(), x.byFunction(),
                x.projectByFunction(), x.projectByEconomic(), x.threePublicExpensesFinal(), x.officialVehiclesKept());
        Evaluation e = withText(seed, "unitOverview", "共计支出7270.5万元", "共计支出7170.5万元");
        e = e.withReport(new SelfEvaluationReport(e.report().title(), e.report().staffingFacts(), changed, e.report().sections()));
        assertThat(check(e)).filteredOn(f -> f.code().equals(ConsistencyChecker.REPORT_A1_TOTAL)).hasSize(1);
    }

    @Test
    void aFigureOnlyTheReportStoresIsReadAgainstItsStructuredValue() {
        assertThat(check(withText(seed, "unitOverview", "人员经费1628.1万元", "人员经费1600万元")))
                .filteredOn(f -> f.code().equals(ConsistencyChecker.REPORT_TEXT_FIGURE_MISMATCH)).singleElement().satisfies(f -> {
                    assertThat(f.message()).isEqualTo("附件3“一、单位基本情况”写有“人员经费1600万元”，与附件3所填人员经费1628.1万元不一致");
                    assertThat(f.fieldPath()).isEqualTo("$.report.expenditure.basicByEconomic.personnel");
                });
    }

    @Test
    void aRateInTheTextIsComparedAsPrinted() {
        Evaluation e = withText(seed, "problems", "存在的问题：", "在职人员控制率82.7%，存在的问题：");
        assertThat(check(e)).extracting(Finding::code).doesNotContain(ConsistencyChecker.REPORT_TEXT_FIGURE_MISMATCH);
        // 83% is 82.69% printed without decimals
        assertThat(check(withText(seed, "problems", "存在的问题：", "在职人员控制率83%，存在的问题："))).extracting(Finding::code)
                .doesNotContain(ConsistencyChecker.REPORT_TEXT_FIGURE_MISMATCH);
        assertThat(check(withText(seed, "problems", "存在的问题：", "在职人员控制率84%，存在的问题："))).anySatisfy(f ->
                assertThat(f.message()).isEqualTo("附件3“四、存在的问题及原因分析”写有“在职人员控制率84%”，与按附件1计算的在职人员控制率82.69%不一致"));
    }
}
