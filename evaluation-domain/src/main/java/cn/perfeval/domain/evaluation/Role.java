package cn.perfeval.domain.evaluation;

/** The roles of workflow.md; a person may hold several, always bound to one unit. */
public enum Role {
    SUBMITTER("填报人"),
    INTERNAL_REVIEWER("单位审核人"),
    FINANCE_REVIEWER("财政局评审人"),
    PUBLISHER("发布人"),
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
