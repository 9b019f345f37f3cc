package cn.perfeval.domain.basicdata;

import java.util.Arrays;
import java.util.Optional;

/** The three amount columns of Attachment 1's expense-control rows. */
public enum Column {
    PRIOR_YEAR_FINAL("priorYearFinal", "上年决算数"),
    CURRENT_BUDGET("currentBudget", "本年预算数"),
    CURRENT_FINAL("currentFinal", "本年决算数");

    private final String key;
    private final String label;

    Column(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Column> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
