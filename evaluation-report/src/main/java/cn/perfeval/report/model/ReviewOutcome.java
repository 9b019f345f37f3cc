package cn.perfeval.report.model;

import java.math.BigDecimal;

/**
 * The finance bureau's review, once given: review total, review grade (优/良/中/低/差, the quality of the
 * self-evaluation) and opinion. The total may be {@code null}, then the sum of the review scores is shown.
 */
public record ReviewOutcome(BigDecimal total, String grade, String opinion) {

    public ReviewOutcome {
        grade = Texts.clean(grade);
        opinion = Texts.clean(opinion);
    }
}
