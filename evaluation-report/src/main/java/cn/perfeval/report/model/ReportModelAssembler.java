package cn.perfeval.report.model;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.report.EconomicShare;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.NamedAmount;
import cn.perfeval.domain.report.SelfEvaluationReport;
import cn.perfeval.domain.scoring.IndicatorScore;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the read model from the domain: an {@link Evaluation}, its {@link IndicatorTemplate}, the
 * {@link ScoreResult} of the scoring engine and, once the finance bureau has reviewed, the {@link Review}.
 * Stateless and thread-safe.
 */
public final class ReportModelAssembler {

    /**
     * The finance bureau's review: scores by level-3 code, total ({@code null}: the sum of the scores), grade of the
     * self-evaluation's quality, opinion.
     */
    public record Review(Map<String, BigDecimal> scores, BigDecimal total, ReviewGrade grade, String opinion) {
        public Review {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
        }
    }

    public EvaluationReportModel assemble(Evaluation evaluation, IndicatorTemplate template, ScoreResult result) {
        return assemble(evaluation, template, result, null);
    }

    public EvaluationReportModel assemble(Evaluation evaluation, IndicatorTemplate template, ScoreResult result, Review review) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(result, "result");
        SelfEvaluationReport report = evaluation.report();
        String title = report == null ? null : report.title();
        return new EvaluationReportModel(evaluation.unit().name(), evaluation.unit().shortName(), evaluation.year(), title,
                basicData(evaluation), scoreSheet(evaluation, template, result, review),
                report(report, title, evaluation.basicData().cell(
                        cn.perfeval.domain.basicdata.ExpenseRow.THREE_PUBLIC_EXPENSES, Column.CURRENT_FINAL)));
    }

    static BasicDataView basicData(Evaluation e) {
        BasicDataSheet b = e.basicData();
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        b.expenseControl().forEach((row, amounts) -> cells.put(row.key(), cells(amounts)));
        List<BuildingProject> buildings = new ArrayList<>();
        for (cn.perfeval.domain.basicdata.BuildingProject p : b.buildingProjects()) {
            buildings.add(new BuildingProject(p.name(), value(p.approvedArea()), value(p.actualArea()),
                    value(p.budgetedInvestment()), value(p.actualInvestment())));
        }
        Staffing staffing = b.staffing() == null ? new Staffing(null, null)
                : new Staffing(headcount(b.staffing().authorizedHeadcount()), headcount(b.staffing().actualHeadcount()));
        return new BasicDataView(staffing, ExpenseRowLayout.standardRows(cells), buildings, b.austerityMeasures(), e.amountUnit(),
                b.note());
    }

    private static List<Cell> cells(AmountRow r) {
        return List.of(cell(r.priorYearFinal()), cell(r.currentBudget()), cell(r.currentFinal()));
    }

    private static Cell cell(cn.perfeval.domain.basicdata.Cell c) {
        if (c == null || c.isBlank()) {
            return Cell.blank();
        }
        if (c.isNotApplicable()) {
            return Cell.notApplicable();
        }
        return Cell.of(c.value().orElse(null));
    }

    private static BigDecimal value(cn.perfeval.domain.basicdata.Cell c) {
        return c == null ? null : c.value().orElse(null);
    }

    private static Integer headcount(cn.perfeval.domain.basicdata.Cell c) {
        BigDecimal v = value(c);
        return v == null ? null : v.intValue();
    }

    static ScoreSheetView scoreSheet(Evaluation e, IndicatorTemplate t, ScoreResult r, Review review) {
        Map<String, BigDecimal> reviewScores = review == null ? Map.of() : review.scores();
        List<IndicatorArea> areas = new ArrayList<>();
        for (Indicator l1 : t.indicators()) {
            List<IndicatorGroup> groups = new ArrayList<>();
            for (Indicator l2 : l1.children()) {
                List<Indicator> leaves = l2.isLeaf() ? List.of(l2) : l2.flatten().filter(Indicator::isLeaf).toList();
                List<IndicatorRow> rows = new ArrayList<>();
                for (Indicator leaf : leaves) {
                    Optional<IndicatorScore> s = r.indicator(leaf.code());
                    BigDecimal self = s.map(IndicatorScore::selfScore)
                            .orElseGet(() -> e.scoreSheet().selfScore(leaf.code()).orElse(null));
                    BigDecimal computed = s.flatMap(IndicatorScore::computed).orElse(null);
                    rows.add(new IndicatorRow(leaf.code(), leaf.name(), leaf.weight(), leaf.scoringPoints(),
                            leaf.scoringStandard(), self, computed, reviewScores.get(leaf.code())));
                }
                groups.add(new IndicatorGroup(l2.code(), l2.name(), l2.weight(), rows));
            }
            areas.add(new IndicatorArea(l1.code(), l1.name(), l1.weight(), groups));
        }
        ReviewOutcome outcome = review == null ? null
                : new ReviewOutcome(review.total(), review.grade() == null ? "" : review.grade().label(), review.opinion());
        return new ScoreSheetView(areas, r.total(), r.shownGrade(), outcome);
    }

    /** @param threePublicFinal 附件1's 三公经费本年决算数: the report quotes that stored value, so the two cannot disagree */
    static SelfReportView report(SelfEvaluationReport r, String title, cn.perfeval.domain.basicdata.Cell threePublicFinal) {
        if (r == null) {
            return new SelfReportView(title, List.of(), null);
        }
        List<ReportSection> sections = new ArrayList<>();
        for (cn.perfeval.domain.report.ReportSection s : r.sections()) {
            sections.add(new ReportSection(s.key(), s.title(), s.text()));
        }
        Expenditure x = r.expenditure();
        cn.perfeval.domain.report.StaffingFacts f = r.staffingFacts();
        StaffingFacts facts = new StaffingFacts(f.administrativePosts(), f.institutionPosts(),
                f.onStaffIncludingTalentAndMilitaryFamily(), f.retiredInSocialInsurance(), f.retiredSelfFunded(),
                f.attachedStudents(), f.contractEmployees());
        boolean anyFact = facts.lines().size() > 0;
        ReportFigures figures = new ReportFigures(x.total(), x.basic(), x.project(),
                x.basicByEconomic() == null ? null : x.basicByEconomic().personnel(),
                x.basicByEconomic() == null ? null : x.basicByEconomic().publicOperating(),
                named(x.byFunction()), named(x.projectByFunction()),
                x.projectByEconomic().stream().map((EconomicShare s) -> new Amount(s.name(), s.amount())).toList(),
                threePublicFinal.value().orElse(x.threePublicExpensesFinal()), x.officialVehiclesKept(), anyFact ? facts : null);
        return new SelfReportView(title, sections, figures);
    }

    private static List<Amount> named(List<NamedAmount> l) {
        return l.stream().map(a -> new Amount(a.name(), a.amount())).toList();
    }
}
