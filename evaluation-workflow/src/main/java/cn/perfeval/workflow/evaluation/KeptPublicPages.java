package cn.perfeval.workflow.evaluation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.perfeval.workflow.common.KeptReads;
import cn.perfeval.workflow.event.EvaluationEvent;

/**
 * Pages of the public list, alike for every reader and the most read of all: kept until an evaluation is published or
 * withdrawn on this instance, or for at most {@link KeptReads#MAX_AGE} after one elsewhere (or a unit's new name).
 * Nothing else changes a published row.
 */
@Component
public class KeptPublicPages extends KeptReads {

    /** A page holds up to 100 evaluations: a few hundred pages are the year pages people browse. */
    static final int MAX_PAGES = 200;

    KeptPublicPages() {
        super(MAX_AGE, MAX_PAGES);
    }

    @EventListener
    void on(EvaluationEvent event) {
        if (event instanceof EvaluationEvent.Published || event instanceof EvaluationEvent.Unpublished) {
            changed();
        }
    }
}
