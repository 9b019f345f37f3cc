package cn.perfeval.workflow.evaluation;

/** The three attachments of an evaluation, each stored as its subtree of the interchange document. */
public enum Part {
    BASIC_DATA("basicData", "附件1 基础数据表"),
    SCORE_SHEET("scoreSheet", "附件2 自评表"),
    REPORT("report", "附件3 自评报告");

    private final String key;
    private final String label;

    Part(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The part by its key in the interchange document (basicData, scoreSheet, report). */
    public static java.util.Optional<Part> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
