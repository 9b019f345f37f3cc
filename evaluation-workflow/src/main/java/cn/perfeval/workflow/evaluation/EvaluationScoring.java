package cn.perfeval.workflow.evaluation;

import java.util.List;

import cn.perfeval.domain.checks.ConsistencyChecker;
import cn.perfeval.domain.checks.Finding;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.common.BoundedMemo;
import org.springframework.stereotype.Component;

/** The domain's scoring engine and checks, as one bean, so that a request's scorings can be counted. */
@Component
public class EvaluationScoring {

    /** Contents whose findings this node keeps: enough for the clients working at once, a few MB at most. */
    static final int CHECKED_KEPT = 64;

    private final ScoringEngine engine = new ScoringEngine();
    private final ConsistencyChecker checker = new ConsistencyChecker();
    // A client reads the checks, then submits the same content: the checks (a dozen passes over the report text) run
    // once. Both are immutable, and the same stored content reads as the same instance (EvaluationDocuments keeps its
    // readings), so the key compares instances: hashing the whole evaluation and template by value cost more than a
    // tenth of reading the checks. Another instance of equal content is only checked again, never answered wrongly.
    private final BoundedMemo<Checked, List<Finding>> checked = new BoundedMemo<>(CHECKED_KEPT);

    private record Checked(Evaluation evaluation, IndicatorTemplate template) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Checked c && c.evaluation == evaluation && c.template == template;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(evaluation) + System.identityHashCode(template);
        }
    }

    public ScoreResult score(Evaluation evaluation, IndicatorTemplate template) {
        return engine.score(evaluation, template);
    }

    /** The findings of this content; {@code score} must be its score under this template. */
    public List<Finding> check(Evaluation evaluation, IndicatorTemplate template, ScoreResult score) {
        return checked.get(new Checked(evaluation, template),
                () -> List.copyOf(checker.check(evaluation, template, score)));
    }
}
