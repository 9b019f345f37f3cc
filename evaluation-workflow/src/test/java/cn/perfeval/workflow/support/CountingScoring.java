package cn.perfeval.workflow.support;

import java.util.concurrent.atomic.AtomicInteger;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.evaluation.EvaluationScoring;

/** The real scoring, counted. */
public class CountingScoring extends EvaluationScoring {

    public final AtomicInteger scorings = new AtomicInteger();

    @Override
    public ScoreResult score(Evaluation evaluation, IndicatorTemplate template) {
        scorings.incrementAndGet();
        return super.score(evaluation, template);
    }
}
