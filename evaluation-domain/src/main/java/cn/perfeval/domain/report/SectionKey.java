package cn.perfeval.domain.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seed's report outline (yuhua-2020), kept for code that names a section without a template at hand. The outline
 * itself is template data: see {@link ReportOutline} and {@code reportOutline} in TEMPLATES.md; another template may
 * prescribe other sections.
 */
public enum SectionKey {
    UNIT_OVERVIEW("unitOverview", "一、单位基本情况"),
    BUDGET_EXECUTION("budgetExecution", "二、部门整体预算支出情况"),
    PERFORMANCE("performance", "三、部门整体支出绩效情况"),
    PROBLEMS("problems", "四、存在的问题及原因分析"),
    IMPROVEMENTS("improvements", "五、下一步改进措施"),
    RESULT_USE("resultUse", "六、绩效自评结果拟应用和公开情况"),
    OTHER("other", "其他需要说明的情况");

    private final String key;
    private final String title;

    SectionKey(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<SectionKey> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
