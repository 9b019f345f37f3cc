package cn.perfeval.workflow.process;

/** What completes a review task; the only value the process keeps besides ids and group names. */
public enum Decision {
    APPROVE("通过"),
    RETURN("退回"),
    WITHDRAW("撤回"),
    PUBLISH("公开发布"),
    UNPUBLISH("撤回公开");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
