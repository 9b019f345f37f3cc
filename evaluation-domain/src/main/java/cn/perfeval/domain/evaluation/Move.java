package cn.perfeval.domain.evaluation;

/** What a person can do to an evaluation; each move is allowed in some statuses and leads to one. */
public enum Move {
    EDIT("修改"),
    SUBMIT("提交"),
    WITHDRAW("撤回"),
    APPROVE("通过"),
    RETURN("退回"),
    PUBLISH("公开发布"),
    UNPUBLISH("撤回公开");

    private final String label;

    Move(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
