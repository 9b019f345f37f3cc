package cn.perfeval.domain.scoring;

import java.math.BigDecimal;

/**
 * Whether the scoring standard supports a self-score, for the review page: {@code allowedByStandard} is false when no
 * outcome of the standard makes it (自评4分 where only 5、3、0 exist); {@code aboveRules} is true when the parts the
 * rules could score (from the answers given and Attachment 1) allow at most {@code highestByRules}, below the
 * self-score. {@code allowedScores} says the standard's outcomes in Chinese, {@code rulesBasis} how the highest was
 * reached (null when no part could be scored).
 */
public record SelfScoreSupport(boolean allowedByStandard,
                               boolean aboveRules,
                               BigDecimal highestByRules,
                               String allowedScores,
                               String rulesBasis) {

    /** Nothing is known against the self-score (none given, or no rule). */
    public static final SelfScoreSupport UNKNOWN = new SelfScoreSupport(true, false, null, "", null);
}
