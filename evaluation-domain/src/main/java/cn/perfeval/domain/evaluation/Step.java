package cn.perfeval.domain.evaluation;

/** The steps of the approval path in the order people read them, each with the one role that acts on it. */
public enum Step {
    FILL_IN("填报", Role.SUBMITTER),
    INTERNAL_REVIEW("单位内部审核", Role.INTERNAL_REVIEWER),
    FINANCE_REVIEW("财政局评审", Role.FINANCE_REVIEWER),
    PUBLISH("公开发布", Role.PUBLISHER);

    private final String label;
    private final Role role;

    Step(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    public String label() {
        return label;
    }

    /** Who acts on this step. */
    public Role role() {
        return role;
    }

    /** A reviewer's step: approved or returned, never edited. */
    public boolean isReview() {
        return this == INTERNAL_REVIEW || this == FINANCE_REVIEW;
    }
}
