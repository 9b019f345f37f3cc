package cn.perfeval.domain.checks;

import java.util.Map;
import java.util.Optional;

import static cn.perfeval.domain.checks.ConsistencyChecker.*;

/** What each check of {@link ConsistencyChecker} is called in Chinese, for a line that names a check without its message. */
public final class CheckLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(A1_THREE_PUBLIC_SUM, "附件1“三公”经费与其分项合计不符"),
            Map.entry(A1_VEHICLES_SUM, "附件1公务用车购置和维护经费与公车购置、运行维护合计不符"),
            Map.entry(A1_PROJECT_SUM, "附件1项目支出与业务工作专项、运行维护专项合计不符"),
            Map.entry(A1_SUBITEM_EXCEEDS_PARENT, "附件1“其中”项大于所属项目"),
            Map.entry(A1_STAFF_RATE_PRINTED, "附件1填报的控制率与计算值不符"),
            Map.entry(A1_THREE_PUBLIC_OVER_PRIOR_YEAR, "“三公”经费本年决算数超过上年决算数"),
            Map.entry(STAFF_HEADCOUNT_MISMATCH, "附件1实际在职人数与附件3在职在编人数不符"),
            Map.entry(STAFF_AUTHORIZED_MISMATCH, "附件1编制数与附件3行政编制、事业编制合计不符"),
            Map.entry(REPORT_BASIC_PLUS_PROJECT, "附件3支出合计与基本支出、项目支出之和不符"),
            Map.entry(REPORT_FUNCTION_SUM, "附件3按功能分类的支出与支出合计不符"),
            Map.entry(REPORT_PROJECT_FUNCTION_SUM, "附件3项目支出按功能分类合计与项目支出不符"),
            Map.entry(REPORT_BASIC_ECONOMIC_SUM, "附件3人员经费、日常公用经费之和与基本支出不符"),
            Map.entry(REPORT_PROJECT_ECONOMIC_SUM, "附件3项目支出按经济科目分类合计与项目支出不符"),
            Map.entry(REPORT_ECONOMIC_PERCENT, "附件3经济科目占比与计算值不符"),
            Map.entry(REPORT_A1_PUBLIC_OPERATING, "附件3日常公用经费与附件1公用经费本年决算数不符"),
            Map.entry(REPORT_A1_THREE_PUBLIC, "附件3“三公”经费与附件1“三公”经费本年决算数不符"),
            Map.entry(REPORT_A1_TOTAL, "附件3支出合计与附件1部门整体支出本年决算数不符"),
            Map.entry(PROJECT_ROWS_BLANK, "附件3有项目支出而附件1项目支出未填"),
            Map.entry(A1_FIELD_BLANK, "附件1必填项未填写"),
            Map.entry(A1_ENTRY_BLANK, "附件1有格子未填写"),
            Map.entry(REPORT_TEXT_FIGURE_MISMATCH, "附件3正文数字与所填数据不符"),
            Map.entry(REPORT_SECTION_BLANK, "附件3有部分尚未填写"),
            Map.entry(SELF_SCORE_MISSING, "未填自评得分"),
            Map.entry(SELF_SCORE_OUT_OF_RANGE, "自评得分超出分值范围"),
            Map.entry(SELF_SCORE_NEEDS_REASON, "自评与计算得分不同而未说明理由"),
            Map.entry(SELF_SCORE_NOT_ALLOWED, "自评得分不符合评分标准"),
            Map.entry(SELF_SCORE_ABOVE_COMPUTED, "自评得分高于按评分规则计算的得分"),
            Map.entry(TEMPLATE_WEIGHT_SUM, "指标分值合计不符"));

    private CheckLabels() {
    }

    /** The label of a known code; empty for a code this release does not know. */
    public static Optional<String> of(String code) {
        return Optional.ofNullable(code == null ? null : LABELS.get(code));
    }

    /** The label, or a plain word for a check no longer known, never the code itself. */
    public static String label(String code) {
        return of(code).orElse("其他一致性检查");
    }
}
