package cn.perfeval.domain.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The grade of a self-evaluation's total score (财预〔2020〕10号); the bands themselves are in the template. */
public enum ScoreGrade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    ScoreGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ScoreGrade> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }
}
