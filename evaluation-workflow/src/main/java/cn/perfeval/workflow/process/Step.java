package cn.perfeval.workflow.process;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of evaluation-approval.bpmn20.xml, by their ids, with the word people read. */
public enum Step {
    FILL_IN("fillIn", "填报"),
    INTERNAL_REVIEW("internalReview", "单位内部审核"),
    FINANCE_REVIEW("financeReview", "财政局评审"),
    PUBLISH("publish", "公开发布");

    private final String taskKey;
    private final String label;

    Step(String taskKey, String label) {
        this.taskKey = taskKey;
        this.label = label;
    }

    public String taskKey() {
        return taskKey;
    }

    public String label() {
        return label;
    }

    public static Optional<Step> ofTaskKey(String key) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
    }
}
