package cn.perfeval.workflow.round;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.workflow.evaluation.SubmittedRounds;
import org.springframework.stereotype.Component;

/** The submitted rounds for reading: what the bureau reads while the unit edits again. */
@Component
class RoundSnapshots implements SubmittedRounds {

    private final EvaluationRoundMapper rounds;

    RoundSnapshots(EvaluationRoundMapper rounds) {
        this.rounds = rounds;
    }

    @Override
    public Optional<Frozen> find(long evaluationId, int round) {
        return rounds.find(evaluationId, round).map(r -> new Frozen(r.getRoundNo(), r.getSnapshot(), r.getSelfTotal(),
                r.getSubmittedAt()));
    }

    @Override
    public Map<Long, BigDecimal> selfTotals(Map<Long, Integer> roundOfEvaluation) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        if (roundOfEvaluation.isEmpty()) {
            return totals;
        }
        rounds.totalsOf(roundOfEvaluation.keySet()).forEach(r -> {
            if (r.getRoundNo().equals(roundOfEvaluation.get(r.getEvaluationId()))) {
                totals.put(r.getEvaluationId(), r.getSelfTotal());
            }
        });
        return totals;
    }
}
