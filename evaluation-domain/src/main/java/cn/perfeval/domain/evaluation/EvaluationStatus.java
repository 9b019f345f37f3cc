package cn.perfeval.domain.evaluation;

/** Where an evaluation stands in the approval flow. */
public enum EvaluationStatus {
    DRAFT("草稿"),
    INTERNAL_REVIEW("单位内部审核"),
    RETURNED("已退回"),
    FINANCE_REVIEW("财政局评审"),
    APPROVED("已通过"),
    PUBLISHED("已公开");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
