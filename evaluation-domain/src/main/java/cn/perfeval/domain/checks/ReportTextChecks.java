package cn.perfeval.domain.checks;

import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.DerivedRate;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.report.StaffingFacts;
import cn.perfeval.domain.report.TextFigures;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What people read against what is stored: a figure the report's text states next to its name that differs from
 * Attachment 1 (or, where Attachment 1 has no such figure, from the report's structured figures) is a warning quoting
 * both, with the section and the field. One finding per figure, the first sentence that disagrees.
 */
final class ReportTextChecks {

    private ReportTextChecks() {
    }

    /** What a text figure is compared with: the stored value, how the page names it, its path, and the finding's code. */
    private record Reference(BigDecimal value, String shown, String label, String path, String code) {
    }

    static void check(Evaluation e, List<Finding> f) {
        Set<TextFigures.Name> said = EnumSet.noneOf(TextFigures.Name.class);
        List<ReportSection> sections = e.report().sections();
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            for (TextFigures.Found found : TextFigures.find(section.text())) {
                Reference ref = reference(found.name(), found.name().unit().shown(), e);
                if (ref == null || said.contains(found.name()) || agrees(found, ref)) {
                    continue;
                }
                said.add(found.name());
                f.add(new Finding(ref.code(), Severity.WARNING, "附件3“" + section.title() + "”写有“" + found.quote() + "”，与"
                        + ref.label() + ref.shown() + "不一致"
                        + (found.name() == TextFigures.Name.ON_STAFF ? "（口径可能不同，请核实）" : ""), ref.path()));
            }
        }
    }

    private static boolean agrees(TextFigures.Found found, Reference ref) {
        return switch (found.name().unit()) {
            case PEOPLE -> found.value().compareTo(ref.value()) == 0;
            case PERCENT -> Decimals.printedPercentAgrees(found.value(), ref.value());
            default -> Decimals.agreeWithinPrinting(found.value(), ref.value());
        };
    }

    /** The stored figure a text figure must agree with; null when nothing is stored to compare. */
    private static Reference reference(TextFigures.Name name, String unit, Evaluation e) {
        BasicDataSheet a1 = e.basicData();
        StaffingFacts facts = e.report().staffingFacts();
        Expenditure x = e.report().expenditure();
        return switch (name) {
            case ON_STAFF -> firstOf(
                    a1Cell(a1.staffing().actualHeadcount(), unit, "附件1“实际在职人数”", "$.basicData.staffing.actualHeadcount",
                            ConsistencyChecker.STAFF_HEADCOUNT_MISMATCH),
                    figure(facts.onStaffIncludingTalentAndMilitaryFamily() == null ? null
                            : BigDecimal.valueOf(facts.onStaffIncludingTalentAndMilitaryFamily()),
                            unit, "附件3人员情况所填在职在编人数", "$.report.staffingFacts.onStaffIncludingTalentAndMilitaryFamily"));
            case AUTHORIZED -> firstOf(
                    a1Cell(a1.staffing().authorizedHeadcount(), unit, "附件1“编制数”", "$.basicData.staffing.authorizedHeadcount",
                            ConsistencyChecker.STAFF_AUTHORIZED_MISMATCH), null);
            case TOTAL_EXPENDITURE -> firstOf(
                    a1Final(a1, ExpenseRow.BUDGET_ADJUSTMENT, ConsistencyChecker.REPORT_A1_TOTAL),
                    figure(x.total(), unit, "附件3所填支出合计", "$.report.expenditure.total"));
            case PUBLIC_OPERATING -> firstOf(
                    a1Final(a1, ExpenseRow.PUBLIC_OPERATING_EXPENSES, ConsistencyChecker.REPORT_A1_PUBLIC_OPERATING),
                    figure(x.basicByEconomic().publicOperating(), unit, "附件3所填日常公用经费", "$.report.expenditure.basicByEconomic.publicOperating"));
            case THREE_PUBLIC -> firstOf(
                    a1Final(a1, ExpenseRow.THREE_PUBLIC_EXPENSES, ConsistencyChecker.REPORT_A1_THREE_PUBLIC),
                    figure(x.threePublicExpensesFinal(), unit, "附件3所填“三公”经费", "$.report.expenditure.threePublicExpensesFinal"));
            case BASIC_EXPENDITURE -> figure(x.basic(), unit, "附件3所填基本支出", "$.report.expenditure.basic");
            case PROJECT_EXPENDITURE -> figure(x.project(), unit, "附件3所填项目支出", "$.report.expenditure.project");
            case PERSONNEL -> figure(x.basicByEconomic().personnel(), unit, "附件3所填人员经费", "$.report.expenditure.basicByEconomic.personnel");
            case STAFF_CONTROL_RATE -> rate(a1.staffControlRate(), "$.basicData.staffing.actualHeadcount");
            case THREE_PUBLIC_CONTROL_RATE -> rate(a1.threePublicExpenseControlRate(), "$.basicData.expenseControl.threePublicExpenses.currentFinal");
            case SELF_SCORE_TOTAL -> selfScoreTotal(e);
        };
    }

    private static Reference firstOf(Reference a, Reference b) {
        return a != null ? a : b;
    }

    private static Reference a1Cell(Cell cell, String unit, String label, String path, String code) {
        return cell.value().map(v -> new Reference(v, Decimals.plain(v) + unit, label, path, code)).orElse(null);
    }

    private static Reference a1Final(BasicDataSheet a1, ExpenseRow row, String code) {
        return a1Cell(a1.cell(row, Column.CURRENT_FINAL), "万元", "附件1“" + row.label() + "”本年决算数",
                "$.basicData.expenseControl." + row.key() + ".currentFinal", code);
    }

    private static Reference figure(BigDecimal value, String unit, String label, String path) {
        return value == null ? null
                : new Reference(value, Decimals.plain(value) + unit, label, path, ConsistencyChecker.REPORT_TEXT_FIGURE_MISMATCH);
    }

    private static Reference rate(DerivedRate rate, String path) {
        return rate.exactPercent().map(p -> new Reference(p, Decimals.percentText(Decimals.rate2(p)), "按附件1计算的" + rate.name(),
                path, ConsistencyChecker.REPORT_TEXT_FIGURE_MISMATCH)).orElse(null);
    }

    private static Reference selfScoreTotal(Evaluation e) {
        List<BigDecimal> scores = e.scoreSheet().selfScores().values().stream().filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal total = Decimals.sum(scores);
        return new Reference(total, Decimals.plain(total) + "分", "附件2自评得分合计", "$.scoreSheet.selfScores",
                ConsistencyChecker.REPORT_TEXT_FIGURE_MISMATCH);
    }
}
