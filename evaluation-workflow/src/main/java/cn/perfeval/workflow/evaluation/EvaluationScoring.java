package cn.perfeval.workflow.evaluation;

import java.util.List;

import cn.perfeval.domain.checks.ConsistencyChecker;
import cn.perfeval.domain.checks.Finding;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.IndicatorTemplate;
import org.springframework.stereotype.Component;

/** The domain's scoring engine and checks, as one bean, so that a request's scorings can be counted. */
@Component
public class EvaluationScoring {

    private final ScoringEngine engine = new ScoringEngine();
    private final ConsistencyChecker checker = new ConsistencyChecker();

    public ScoreResult score(Evaluation evaluation, IndicatorTemplate template) {
        return engine.score(evaluation, template);
    }

    public List<Finding> check(Evaluation evaluation, IndicatorTemplate template, ScoreResult score) {
        return checker.check(evaluation, template, score);
    }
}
