package cn.perfeval.domain.checks;

import cn.perfeval.domain.basicdata.AmountRow;
import cn.perfeval.domain.basicdata.BasicDataSheet;
import cn.perfeval.domain.basicdata.Cell;
import cn.perfeval.domain.basicdata.Column;
import cn.perfeval.domain.basicdata.DerivedRate;
import cn.perfeval.domain.basicdata.ExpenseRow;
import cn.perfeval.domain.common.Decimals;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.report.EconomicPercentage;
import cn.perfeval.domain.report.Expenditure;
import cn.perfeval.domain.report.NamedAmount;
import cn.perfeval.domain.report.StaffingFacts;
import cn.perfeval.domain.scoring.IndicatorScore;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.scoring.SelfScoreSupport;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

import static cn.perfeval.domain.common.Decimals.plain;

/**
 * The checks of what must agree within and across the three attachments. Figures agree within half a unit of the last
 * decimal printed in the less precise one; blank lines of a form add nothing to a sum.
 */
public final class ConsistencyChecker {

    public static final String A1_THREE_PUBLIC_SUM = "A1_THREE_PUBLIC_SUM";
    public static final String A1_VEHICLES_SUM = "A1_VEHICLES_SUM";
    public static final String A1_PROJECT_SUM = "A1_PROJECT_SUM";
    public static final String A1_SUBITEM_EXCEEDS_PARENT = "A1_SUBITEM_EXCEEDS_PARENT";
    public static final String A1_STAFF_RATE_PRINTED = "A1_STAFF_RATE_PRINTED";
    public static final String A1_THREE_PUBLIC_OVER_PRIOR_YEAR = "A1_THREE_PUBLIC_OVER_PRIOR_YEAR";
    public static final String STAFF_HEADCOUNT_MISMATCH = "STAFF_HEADCOUNT_MISMATCH";
    public static final String STAFF_AUTHORIZED_MISMATCH = "STAFF_AUTHORIZED_MISMATCH";
    public static final String REPORT_BASIC_PLUS_PROJECT = "REPORT_BASIC_PLUS_PROJECT";
    public static final String REPORT_FUNCTION_SUM = "REPORT_FUNCTION_SUM";
    public static final String REPORT_PROJECT_FUNCTION_SUM = "REPORT_PROJECT_FUNCTION_SUM";
    public static final String REPORT_BASIC_ECONOMIC_SUM = "REPORT_BASIC_ECONOMIC_SUM";
    public static final String REPORT_PROJECT_ECONOMIC_SUM = "REPORT_PROJECT_ECONOMIC_SUM";
    public static final String REPORT_ECONOMIC_PERCENT = "REPORT_ECONOMIC_PERCENT";
    public static final String REPORT_A1_PUBLIC_OPERATING = "REPORT_A1_PUBLIC_OPERATING";
    public static final String REPORT_A1_THREE_PUBLIC = "REPORT_A1_THREE_PUBLIC";
    public static final String REPORT_A1_TOTAL = "REPORT_A1_TOTAL";
    public static final String PROJECT_ROWS_BLANK = "PROJECT_ROWS_BLANK";
    public static final String A1_FIELD_BLANK = "A1_FIELD_BLANK";
    public static final String REPORT_TEXT_FIGURE_MISMATCH = "REPORT_TEXT_FIGURE_MISMATCH";
    public static final String A1_ENTRY_BLANK = "A1_ENTRY_BLANK";
    public static final String REPORT_SECTION_BLANK = "REPORT_SECTION_BLANK";
    public static final String SELF_SCORE_MISSING = "SELF_SCORE_MISSING";
    public static final String SELF_SCORE_OUT_OF_RANGE = "SELF_SCORE_OUT_OF_RANGE";
    public static final String SELF_SCORE_NEEDS_REASON = "SELF_SCORE_NEEDS_REASON";
    public static final String SELF_SCORE_NOT_ALLOWED = "SELF_SCORE_NOT_ALLOWED";
    public static final String SELF_SCORE_ABOVE_COMPUTED = "SELF_SCORE_ABOVE_COMPUTED";
    public static final String TEMPLATE_WEIGHT_SUM = "TEMPLATE_WEIGHT_SUM";

    private static final String EC = "$.basicData.expenseControl";
    private static final String EXP = "$.report.expenditure";

    private final ScoringEngine engine = new ScoringEngine();

    public List<Finding> check(Evaluation evaluation, IndicatorTemplate template) {
        return check(evaluation, template, engine.score(evaluation, template));
    }

    /** The checks on an evaluation already scored, so that a request scores it once. */
    public List<Finding> check(Evaluation evaluation, IndicatorTemplate template, ScoreResult score) {
        List<Finding> f = new ArrayList<>();
        BasicDataSheet a1 = evaluation.basicData();
        Expenditure x = evaluation.report().expenditure();
        attachmentOneSums(a1, f);
        List<Finding> text = new ArrayList<>();
        ReportTextChecks.check(evaluation, text);
        List<Finding> structured = new ArrayList<>();
        staffing(evaluation, structured);
        reportAgainstAttachmentOne(a1, x, structured);
        // where the text already disagrees with Attachment 1 about a figure, the structured figure's finding says it again
        Set<String> saidByText = text.stream().map(Finding::code).collect(Collectors.toSet());
        structured.stream().filter(s -> !saidByText.contains(s.code())).forEach(f::add);
        f.addAll(text);
        reportSums(x, f);
        completeness(a1, x, f);
        CompletenessChecks.check(evaluation, template, f);
        scoreSheet(evaluation, template, score, f);
        return List.copyOf(f);
    }

    // ---------------------------------------------------------------- Attachment 1 identities

    private void attachmentOneSums(BasicDataSheet a1, List<Finding> f) {
        for (Column c : Column.values()) {
            sumOfRows(a1, c, ExpenseRow.THREE_PUBLIC_EXPENSES,
                    List.of(ExpenseRow.VEHICLES, ExpenseRow.OVERSEAS_TRAVEL, ExpenseRow.OFFICIAL_RECEPTION), A1_THREE_PUBLIC_SUM, f);
            sumOfRows(a1, c, ExpenseRow.VEHICLES, List.of(ExpenseRow.VEHICLE_PURCHASE, ExpenseRow.VEHICLE_OPERATION), A1_VEHICLES_SUM, f);
            sumOfRows(a1, c, ExpenseRow.PROJECT_EXPENDITURE, List.of(ExpenseRow.BUSINESS_PROJECTS, ExpenseRow.OPERATION_PROJECTS), A1_PROJECT_SUM, f);
            for (ExpenseRow sub : List.of(ExpenseRow.VEHICLE_PURCHASE, ExpenseRow.VEHICLE_OPERATION)) {
                notAboveParent(a1, c, sub, ExpenseRow.VEHICLES, f);
            }
            for (ExpenseRow sub : List.of(ExpenseRow.OFFICE_EXPENSES, ExpenseRow.UTILITIES_AND_TRAVEL, ExpenseRow.MEETINGS_AND_TRAINING)) {
                notAboveParent(a1, c, sub, ExpenseRow.PUBLIC_OPERATING_EXPENSES, f);
            }
        }
        AmountRow three = a1.row(ExpenseRow.THREE_PUBLIC_EXPENSES);
        if (three.currentFinal().isValue() && three.priorYearFinal().isValue()
                && three.currentFinal().valueOrZero().compareTo(three.priorYearFinal().valueOrZero()) > 0) {
            f.add(new Finding(A1_THREE_PUBLIC_OVER_PRIOR_YEAR, Severity.WARNING,
                    "附件1“三公经费”本年决算数" + plain(three.currentFinal().valueOrZero()) + "万元超过上年决算数"
                            + plain(three.priorYearFinal().valueOrZero()) + "万元（不超上年决算）",
                    path(ExpenseRow.THREE_PUBLIC_EXPENSES, Column.CURRENT_FINAL)));
        }
    }

    private void sumOfRows(BasicDataSheet a1, Column c, ExpenseRow parent, List<ExpenseRow> parts, String code, List<Finding> f) {
        Cell total = a1.cell(parent, c);
        if (!total.isValue() || parts.stream().noneMatch(p -> a1.cell(p, c).isValue())) {
            return;
        }
        List<BigDecimal> values = parts.stream().map(p -> a1.cell(p, c).valueOrZero()).toList();
        BigDecimal sum = Decimals.sum(values);
        BigDecimal printed = total.value().orElseThrow();
        if (!Decimals.agreeWithinPrinting(printed, sum)) {
            String terms = String.join(" + ", parts.stream().map(p -> p.label() + plain(a1.cell(p, c).valueOrZero())).toList());
            f.add(new Finding(code, Severity.ERROR, "附件1“" + parent.label() + "”" + c.label() + "为" + plain(printed) + "万元，而"
                    + terms + " = " + plain(sum) + "万元，两者不等", path(parent, c)));
        }
    }

    private void notAboveParent(BasicDataSheet a1, Column c, ExpenseRow sub, ExpenseRow parent, List<Finding> f) {
        Cell s = a1.cell(sub, c);
        Cell p = a1.cell(parent, c);
        if (s.isValue() && p.isValue() && s.valueOrZero().compareTo(p.valueOrZero()) > 0) {
            f.add(new Finding(A1_SUBITEM_EXCEEDS_PARENT, Severity.ERROR, "附件1其中项“" + sub.label() + "”" + c.label() + plain(s.valueOrZero())
                    + "万元大于其所属“" + parent.label() + "”" + c.label() + plain(p.valueOrZero()) + "万元", path(sub, c)));
        }
    }

    // ---------------------------------------------------------------- staffing

    private void staffing(Evaluation e, List<Finding> f) {
        BasicDataSheet a1 = e.basicData();
        StaffingFacts facts = e.report().staffingFacts();
        DerivedRate rate = a1.staffControlRate();
        String printedText = a1.staffing().printedControlRate();
        Optional<BigDecimal> printed = Decimals.parsePercent(printedText);
        if (printed.isPresent() && rate.isAvailable() && !Decimals.printedPercentAgrees(printed.get(), rate.exactPercent().orElseThrow())) {
            f.add(new Finding(A1_STAFF_RATE_PRINTED, Severity.ERROR, "附件1填报的控制率" + printedText + "与" + rate.explanation() + "不符",
                    "$.basicData.staffing.printedControlRate"));
        }
        Cell actual = a1.staffing().actualHeadcount();
        Integer onStaff = facts.onStaffIncludingTalentAndMilitaryFamily();
        if (actual.isValue() && onStaff != null && actual.valueOrZero().compareTo(BigDecimal.valueOf(onStaff)) != 0) {
            f.add(new Finding(STAFF_HEADCOUNT_MISMATCH, Severity.WARNING, "附件1实际在职人数为" + plain(actual.valueOrZero())
                    + "人，自评报告（附件3）“单位基本情况”所述在职在编人数为" + onStaff + "人，两者不一致（口径可能不同，请核实）",
                    "$.basicData.staffing.actualHeadcount"));
        }
        Cell authorized = a1.staffing().authorizedHeadcount();
        if (authorized.isValue() && facts.administrativePosts() != null && facts.institutionPosts() != null) {
            int posts = facts.administrativePosts() + facts.institutionPosts();
            if (authorized.valueOrZero().compareTo(BigDecimal.valueOf(posts)) != 0) {
                f.add(new Finding(STAFF_AUTHORIZED_MISMATCH, Severity.WARNING, "附件1编制数为" + plain(authorized.valueOrZero())
                        + "人，自评报告（附件3）所述行政编制" + facts.administrativePosts() + "人 + 事业编制" + facts.institutionPosts()
                        + "人 = " + posts + "人，两者不一致", "$.basicData.staffing.authorizedHeadcount"));
            }
        }
    }

    // ---------------------------------------------------------------- report identities

    private void reportSums(Expenditure x, List<Finding> f) {
        if (x.total() != null && x.basic() != null && x.project() != null) {
            BigDecimal sum = x.basic().add(x.project());
            if (!Decimals.agreeWithinPrinting(x.total(), sum)) {
                f.add(new Finding(REPORT_BASIC_PLUS_PROJECT, Severity.ERROR, "自评报告支出合计" + plain(x.total()) + "万元，而基本支出"
                        + plain(x.basic()) + " + 项目支出" + plain(x.project()) + " = " + plain(sum) + "万元", EXP + ".total"));
            }
        }
        categories(x.byFunction(), x.total(), REPORT_FUNCTION_SUM, "按功能分类的支出", "支出合计", EXP + ".byFunction", f);
        categories(x.projectByFunction(), x.project(), REPORT_PROJECT_FUNCTION_SUM, "按功能分类的项目支出", "项目支出", EXP + ".projectByFunction", f);
        Expenditure.BasicByEconomic b = x.basicByEconomic();
        if (x.basic() != null && b.personnel() != null && b.publicOperating() != null) {
            BigDecimal sum = b.personnel().add(b.publicOperating());
            if (!Decimals.agreeWithinPrinting(x.basic(), sum)) {
                f.add(new Finding(REPORT_BASIC_ECONOMIC_SUM, Severity.ERROR, "自评报告基本支出" + plain(x.basic()) + "万元，而人员经费"
                        + plain(b.personnel()) + " + 日常公用经费" + plain(b.publicOperating()) + " = " + plain(sum) + "万元",
                        EXP + ".basicByEconomic"));
            }
        }
        if (x.project() != null && !x.projectByEconomic().isEmpty()) {
            BigDecimal sum = x.projectByEconomicSum();
            if (!Decimals.agreeWithinPrinting(x.project(), sum)) {
                f.add(new Finding(REPORT_PROJECT_ECONOMIC_SUM, Severity.ERROR, "自评报告项目支出" + plain(x.project())
                        + "万元，而按经济科目分类各项合计为" + plain(sum) + "万元", EXP + ".projectByEconomic"));
            }
        }
        List<EconomicPercentage> shares = x.economicPercentages();
        for (int i = 0; i < shares.size(); i++) {
            EconomicPercentage s = shares.get(i);
            if (s.printedPercent() != null && !s.printedAgrees()) {
                f.add(new Finding(REPORT_ECONOMIC_PERCENT, Severity.ERROR, "自评报告“" + s.name() + "”占比印为" + s.printedPercent()
                        + "，按" + plain(s.amount()) + " / " + plain(x.projectByEconomicSum()) + "计算为" + Decimals.percentText(s.percent()),
                        EXP + ".projectByEconomic[" + i + "][2]"));
            }
        }
    }

    private void categories(List<NamedAmount> items, BigDecimal total, String code, String what, String totalName, String path, List<Finding> f) {
        if (total == null || items.isEmpty()) {
            return;
        }
        BigDecimal sum = Decimals.sum(items.stream().map(NamedAmount::amount).toList());
        if (!Decimals.agreeWithinPrinting(total, sum)) {
            f.add(new Finding(code, Severity.ERROR, "自评报告" + what + "合计为" + plain(sum) + "万元，与" + totalName + plain(total) + "万元不等", path));
        }
    }

    // ---------------------------------------------------------------- report against Attachment 1

    private void reportAgainstAttachmentOne(BasicDataSheet a1, Expenditure x, List<Finding> f) {
        agree(x.basicByEconomic().publicOperating(), "日常公用经费", EXP + ".basicByEconomic.publicOperating",
                a1.cell(ExpenseRow.PUBLIC_OPERATING_EXPENSES, Column.CURRENT_FINAL), ExpenseRow.PUBLIC_OPERATING_EXPENSES, REPORT_A1_PUBLIC_OPERATING, f);
        agree(x.threePublicExpensesFinal(), "“三公”经费", EXP + ".threePublicExpensesFinal",
                a1.cell(ExpenseRow.THREE_PUBLIC_EXPENSES, Column.CURRENT_FINAL), ExpenseRow.THREE_PUBLIC_EXPENSES, REPORT_A1_THREE_PUBLIC, f);
        agree(x.total(), "支出合计", EXP + ".total",
                a1.cell(ExpenseRow.BUDGET_ADJUSTMENT, Column.CURRENT_FINAL), ExpenseRow.BUDGET_ADJUSTMENT, REPORT_A1_TOTAL, f);
    }

    private void agree(BigDecimal reported, String name, String reportPath, Cell a1Cell, ExpenseRow row, String code, List<Finding> f) {
        if (reported == null || !a1Cell.isValue()) {
            return;
        }
        BigDecimal a1Value = a1Cell.value().orElseThrow();
        if (!Decimals.agreeWithinPrinting(reported, a1Value)) {
            f.add(new Finding(code, Severity.WARNING, "自评报告（附件3）" + name + "为" + plain(reported) + "万元，附件1“" + row.label()
                    + "”本年决算数为" + plain(a1Value) + "万元，两者不一致", reportPath));
        }
    }

    // ---------------------------------------------------------------- completeness

    private void completeness(BasicDataSheet a1, Expenditure x, List<Finding> f) {
        if (x.project() == null || x.project().signum() == 0) {
            return;
        }
        List<ExpenseRow> projectRows = List.of(ExpenseRow.PROJECT_EXPENDITURE, ExpenseRow.BUSINESS_PROJECTS, ExpenseRow.OPERATION_PROJECTS);
        boolean blank = projectRows.stream().noneMatch(r -> a1.cell(r, Column.CURRENT_FINAL).isValue());
        if (blank) {
            f.add(new Finding(PROJECT_ROWS_BLANK, Severity.WARNING, "附件1“项目支出”各行本年决算数为空，而自评报告（附件3）列明项目支出"
                    + plain(x.project()) + "万元；按表内说明，项目支出须填报除公共专项资金和基本支出以外的所有项目",
                    path(ExpenseRow.PROJECT_EXPENDITURE, Column.CURRENT_FINAL)));
        }
    }

    // ---------------------------------------------------------------- Attachment 2

    private void scoreSheet(Evaluation e, IndicatorTemplate t, ScoreResult result, List<Finding> f) {
        for (Indicator node : t.all()) {
            if (!node.isLeaf()) {
                BigDecimal sum = node.children().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(node.weight()) != 0) {
                    f.add(new Finding(TEMPLATE_WEIGHT_SUM, Severity.ERROR, "指标“" + node.code() + " " + node.name() + "”分值" + plain(node.weight())
                            + "，下级指标分值合计" + plain(sum), "$.templateCode"));
                }
            }
        }
        BigDecimal top = t.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (top.compareTo(t.totalWeight()) != 0) {
            f.add(new Finding(TEMPLATE_WEIGHT_SUM, Severity.ERROR, "一级指标分值合计" + plain(top) + "，与总分" + plain(t.totalWeight()) + "不等", "$.templateCode"));
        }
        for (IndicatorScore s : result.indicators()) {
            String path = "$.scoreSheet.selfScores['" + s.code() + "']";
            if (s.selfScore() == null) {
                f.add(new Finding(SELF_SCORE_MISSING, Severity.ERROR, "指标“" + s.code() + " " + s.name() + "”未填自评得分", path));
                continue;
            }
            if (s.selfScore().signum() < 0 || s.selfScore().compareTo(s.weight()) > 0) {
                f.add(new Finding(SELF_SCORE_OUT_OF_RANGE, Severity.ERROR, "指标“" + s.code() + " " + s.name() + "”自评得分" + plain(s.selfScore())
                        + "不在0至分值" + plain(s.weight()) + "之间", path));
                continue;
            }
            selfScoreAgainstTheRules(s, path, f);
        }
    }

    /**
     * At most one finding per self-score the rules do not support. Differing from a computed score without a reason
     * is the error it always was; a reason turns a self-score above the computed one into a warning the reviewer sees;
     * otherwise a self-score above what the answered parts allow, or one no outcome of the standard makes, is a warning.
     * Whichever is raised also says when the self-score is not among the standard's outcomes.
     */
    private static void selfScoreAgainstTheRules(IndicatorScore s, String path, List<Finding> f) {
        String indicator = "指标“" + s.code() + " " + s.name() + "”";
        String self = plain(s.selfScore());
        SelfScoreSupport support = s.support();
        String notAllowed = s.selfScoreNotAllowed() ? "自评" + self + "分不在评分标准的档次内：" + support.allowedScores() : null;
        if (s.selfDiffersFromComputed() && s.reason() == null) {
            f.add(new Finding(SELF_SCORE_NEEDS_REASON, Severity.ERROR, indicator + "自评得分" + self + "分，按评分规则计算为"
                    + plain(s.computedScore()) + "分，两者不一致，须填写理由" + (notAllowed == null ? "" : "；且" + notAllowed),
                    "$.scoreSheet.reasons['" + s.code() + "']"));
        } else if (s.selfScoreAboveComputed()) {
            String rules = s.computedScore() != null ? "按规则计算" + plain(s.computedScore()) + "分"
                    : "按已填答的评分项最多可得" + plain(support.highestByRules()) + "分";
            f.add(new Finding(SELF_SCORE_ABOVE_COMPUTED, Severity.WARNING, indicator + "自评" + self + "分，" + rules + "："
                    + support.rulesBasis() + (s.reason() == null ? "" : "（填报理由：" + s.reason() + "）")
                    + (notAllowed == null ? "" : "；且" + notAllowed), path));
        } else if (notAllowed != null) {
            f.add(new Finding(SELF_SCORE_NOT_ALLOWED, Severity.WARNING, indicator + notAllowed, path));
        }
    }

    private static String path(ExpenseRow row, Column c) {
        return EC + "." + row.key() + "." + c.key();
    }
}
