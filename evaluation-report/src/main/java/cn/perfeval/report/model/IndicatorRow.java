package cn.perfeval.report.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A level-3 indicator line of Attachment 2. {@code computedScore} (what the platform computed from the data, when it
 * could) and {@code reviewScore} (the finance bureau's) are optional.
 */
public record IndicatorRow(String code, String name, BigDecimal weight, String scoringPoints, String scoringStandard,
                           BigDecimal selfScore, BigDecimal computedScore, BigDecimal reviewScore) {

    public IndicatorRow {
        code = Texts.clean(code);
        name = Texts.clean(name);
        Objects.requireNonNull(weight, "weight");
        scoringPoints = Texts.clean(scoringPoints);
        scoringStandard = Texts.clean(scoringStandard);
    }

    /** Whether a computed score exists and differs from the self-score (then it is shown beside it). */
    public boolean computedDiffers() {
        return computedScore != null && (selfScore == null || computedScore.compareTo(selfScore) != 0);
    }

    public String weightText() {
        return Numbers.score(weight);
    }

    public String selfScoreText() {
        return Numbers.score(selfScore);
    }

    public String computedScoreText() {
        return Numbers.score(computedScore);
    }

    public String reviewScoreText() {
        return Numbers.score(reviewScore);
    }
}
