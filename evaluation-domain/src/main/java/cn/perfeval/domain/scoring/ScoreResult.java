package cn.perfeval.domain.scoring;

import cn.perfeval.domain.evaluation.ScoreGrade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring of one evaluation: every leaf, self-score sums per level-1 and level-2 code, the self-score total and
 * its grade. {@code gradeNote} says why the grade was forced (e.g. 违规情况特别严重), else null.
 */
public record ScoreResult(List<IndicatorScore> indicators,
                          Map<String, BigDecimal> levelTotals,
                          BigDecimal total,
                          ScoreGrade grade,
                          String gradeNote,
                          List<String> selfScoresMissing) {

    public ScoreResult {
        indicators = List.copyOf(indicators);
        levelTotals = Map.copyOf(levelTotals);
        selfScoresMissing = List.copyOf(selfScoresMissing);
    }

    /** Whether any self-score is filled in: before that there is nothing to total, which is not a total of 0. */
    public boolean anySelfScore() {
        return selfScoresMissing.size() < indicators.size();
    }

    /** The self-score total once there is one, else null. */
    public BigDecimal shownTotal() {
        return anySelfScore() ? total : null;
    }

    /** The grade's label once there is a total, else null. */
    public String shownGrade() {
        return anySelfScore() && grade != null ? grade.label() : null;
    }

    public Optional<IndicatorScore> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<BigDecimal> levelTotal(String code) {
        return Optional.ofNullable(levelTotals.get(code));
    }

    public List<IndicatorScore> flagged() {
        return indicators.stream().filter(IndicatorScore::flagged).toList();
    }
}
