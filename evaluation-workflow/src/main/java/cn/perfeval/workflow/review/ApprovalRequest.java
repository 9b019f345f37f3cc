package cn.perfeval.workflow.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A reviewer's approval: a comment, and for the finance review the per-indicator review scores
 * ({@code code → score, reason}), the review grade (优/良/中/低/差 or EXCELLENT…POOR) and the overall opinion.
 */
public record ApprovalRequest(String comment, Map<String, ReviewScoreInput> reviewScores, String reviewGrade,
                              String opinion) {

    public record ReviewScoreInput(BigDecimal score, String reason) {
    }

    public static ApprovalRequest withComment(String comment) {
        return new ApprovalRequest(comment, null, null, null);
    }
}
