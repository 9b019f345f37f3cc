package cn.perfeval.domain.checks;

/** ERROR blocks submission (an identity inside one attachment); WARNING needs an acknowledgement (attachments disagree, a row is missing). */
public enum Severity {
    ERROR("错误"), WARNING("提醒");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
