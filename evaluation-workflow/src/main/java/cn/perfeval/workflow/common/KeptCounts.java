package cn.perfeval.workflow.common;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The totals of lists and boards (how many evaluations match a filter, where a campaign's units stand): counting a
 * hundred thousand rows on every page turn made each page cost more as the data grew. A total is counted once and
 * kept until an evaluation or campaign changes on this instance or, after a change on another, for at most
 * {@link #MAX_AGE}; the rows of a page are always read fresh.
 */
@Component
public class KeptCounts extends KeptReads {

    @EventListener
    void on(ChangesCounts event) {
        changed();
    }
}
