package cn.perfeval.domain.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The finance bureau's grade of the quality of a unit's self-evaluation; next year it feeds indicator 2.2.4. */
public enum ReviewGrade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), LOW("低"), POOR("差");

    private final String label;

    ReviewGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewGrade> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }
}
