package cn.perfeval.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One leaf indicator's result: the self-score as submitted, the computed score (null when any part cannot be computed),
 * the parts, what is missing, and whether a reviewer must look: {@code flagged} when the score cannot be computed,
 * the self-score is missing, or it differs from the computed one without a written reason. {@code support} says
 * whether the standard can give the self-score at all and whether the rules allow less.
 */
public record IndicatorScore(String code,
                             String name,
                             BigDecimal weight,
                             BigDecimal selfScore,
                             BigDecimal computedScore,
                             List<PartScore> parts,
                             List<String> missing,
                             boolean flagged,
                             String reason,
                             String summary,
                             SelfScoreSupport support) {

    public IndicatorScore {
        parts = List.copyOf(parts);
        missing = List.copyOf(missing);
        support = support == null ? SelfScoreSupport.UNKNOWN : support;
    }

    public IndicatorScore(String code, String name, BigDecimal weight, BigDecimal selfScore, BigDecimal computedScore,
                          List<PartScore> parts, List<String> missing, boolean flagged, String reason, String summary) {
        this(code, name, weight, selfScore, computedScore, parts, missing, flagged, reason, summary, SelfScoreSupport.UNKNOWN);
    }

    /** True when no outcome of the scoring standard gives the self-score (e.g. 4 where only 5、3、0 exist). */
    public boolean selfScoreNotAllowed() {
        return !support.allowedByStandard();
    }

    /** True when the rules, from the answers given, allow less than the self-score. */
    public boolean selfScoreAboveComputed() {
        return support.aboveRules();
    }

    public Optional<BigDecimal> computed() {
        return Optional.ofNullable(computedScore);
    }

    public Optional<BigDecimal> self() {
        return Optional.ofNullable(selfScore);
    }

    public Optional<PartScore> part(String label) {
        return parts.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /** True when both scores are known and differ. */
    public boolean selfDiffersFromComputed() {
        return selfScore != null && computedScore != null && selfScore.compareTo(computedScore) != 0;
    }
}
