package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds a unit handed in, as reading needs them (kept by the round feature; a port, so that the two features do
 * not depend on each other both ways).
 */
public interface SubmittedRounds {

    /** A round as it was handed in: its frozen interchange document, its self-assessed total, when. */
    record Frozen(int round, String snapshot, BigDecimal selfTotal, LocalDateTime submittedAt) {
    }

    Optional<Frozen> find(long evaluationId, int round);

    /** The self-assessed totals of the given rounds (evaluation id → its round), for lists. */
    Map<Long, BigDecimal> selfTotals(Map<Long, Integer> roundOfEvaluation);
}
