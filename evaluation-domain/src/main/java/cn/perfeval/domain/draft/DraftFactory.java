package cn.perfeval.domain.draft;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a new evaluation complete in shape from its template, for any unit and year, and carries forward what last
 * year's evaluation of the same unit already says: the prior-year finals of Attachment 1, the bureau's review grade
 * for the indicator that asks for it, and (on request) last year's report as a draft to rewrite.
 */
public final class DraftFactory {

    /** The rule input of the indicator scored by last year's review grade (2.2.4 in yuhua-2020), and its source. */
    public static final String PREVIOUS_GRADE_INPUT = "previousReviewGrade";
    public static final String PREVIOUS_GRADE_SOURCE_INPUT = "previousReviewGradeSource";

    /**
     * Every Attachment-1 row present and blank, every leaf indicator listed without a self-score, every section of the
     * template's outline present with empty text (its guidance is in the template's outline).
     */
    public Evaluation newDraft(IndicatorTemplate template, UnitRef unit, int year) {
        Map<String, BigDecimal> unscored = new LinkedHashMap<>();
        template.leaves().forEach(leaf -> unscored.put(leaf.code(), null));
        ScoreSheet sheet = new ScoreSheet(unscored, Map.of(), Map.of(), null);
        String unitName = unit.shortName() != null ? unit.shortName() : unit.name();
        SelfEvaluationReport report = new SelfEvaluationReport(year + "年度" + unitName + "部门整体支出绩效自评报告", null, null,
                template.reportOutline().emptySections());
        return new Evaluation(unit, year, template.code(), BasicDataSheet.blank(), sheet, report, null, "万元");
    }

    /**
     * The draft with the previous year's evaluation carried in: each expense row's prior-year final becomes last
     * year's current final (where last year has one), marked as carried; and, when the bureau graded last year's
     * self-evaluation, that grade as the input of the indicator that asks for it.
     *
     * @param previous the unit's evaluation of the year before, as last submitted
     * @param previousGrade the bureau's review grade of it, or null when it was not reviewed
     */
    public Evaluation fromPreviousYear(Evaluation draft, IndicatorTemplate template, Evaluation previous, ReviewGrade previousGrade) {
        Evaluation e = withPriorYearFinals(draft, previous);
        return previousGrade == null ? e : withPreviousReviewGrade(e, template, previous.year(), previousGrade);
    }

    /** 上年决算数 of every expense row := last year's 本年决算数, each marked with where it came from. */
    public Evaluation withPriorYearFinals(Evaluation draft, Evaluation previous) {
        BasicDataSheet sheet = draft.basicData();
        Map<String, String> carried = new LinkedHashMap<>(sheet.carried());
        String from = previous.year() + "年度自评本年决算数";
        for (ExpenseRow row : ExpenseRow.values()) {
            Cell last = previous.basicData().cell(row, Column.CURRENT_FINAL);
            if (last.isBlank()) {
                continue;
            }
            AmountRow now = sheet.row(row);
            sheet = sheet.withRow(row, new AmountRow(last, now.currentBudget(), now.currentFinal()));
            carried.put("expenseControl." + row.key() + "." + Column.PRIOR_YEAR_FINAL.key(), from);
        }
        return draft.withBasicData(sheet.withCarried(carried));
    }

    /**
     * The bureau's review grade of the unit's previous self-evaluation as the input of the indicator whose rule asks
     * for {@value #PREVIOUS_GRADE_INPUT}, with its source; the draft unchanged when the template has no such indicator.
     */
    public Evaluation withPreviousReviewGrade(Evaluation draft, IndicatorTemplate template, int previousYear, ReviewGrade grade) {
        Optional<Indicator> leaf = template.leaves().stream()
                .filter(l -> l.rule() != null && l.rule().input(PREVIOUS_GRADE_INPUT).isPresent()).findFirst();
        if (leaf.isEmpty()) {
            return draft;
        }
        String code = leaf.get().code();
        ScoreSheet sheet = draft.scoreSheet().withInput(code, PREVIOUS_GRADE_INPUT, new InputValue.Text(grade.label()));
        if (leaf.get().rule().input(PREVIOUS_GRADE_SOURCE_INPUT).isPresent()) {
            sheet = sheet.withInput(code, PREVIOUS_GRADE_SOURCE_INPUT,
                    new InputValue.Text(previousYear + "年度财政局评审等级 " + grade.label()));
        }
        return draft.withScoreSheet(sheet);
    }

    /**
     * 以上年报告为底稿: each section of the draft takes the text of last year's section with the same key, marked
     * {@code fromPreviousYear} so the editor shows it as a draft to rewrite. Sections last year did not have, or left
     * empty, stay as they are; the draft's titles (this year's outline) are kept.
     */
    public Evaluation reportFromPreviousYear(Evaluation draft, Evaluation previous) {
        List<ReportSection> sections = new ArrayList<>();
        for (ReportSection s : draft.report().sections()) {
            Optional<ReportSection> last = previous.report().section(s.key()).filter(p -> !p.isBlank());
            sections.add(last.map(p -> s.withText(p.text(), true)).orElse(s));
        }
        return draft.withReport(draft.report().withSections(sections));
    }
}
