package cn.perfeval.domain.evaluation;

import java.util.Optional;

/** Where an evaluation stands in the approval flow, and the step it waits on (none once published). */
public enum EvaluationStatus {
    DRAFT("草稿", Step.FILL_IN),
    INTERNAL_REVIEW("单位内部审核", Step.INTERNAL_REVIEW),
    RETURNED("已退回", Step.FILL_IN),
    FINANCE_REVIEW("财政局评审", Step.FINANCE_REVIEW),
    APPROVED("已通过", Step.PUBLISH),
    PUBLISHED("已公开", null);

    private final String label;
    private final Step waitingOn;

    EvaluationStatus(String label, Step waitingOn) {
        this.label = label;
        this.waitingOn = waitingOn;
    }

    public String label() {
        return label;
    }

    public Optional<Step> waitingOn() {
        return Optional.ofNullable(waitingOn);
    }
}
