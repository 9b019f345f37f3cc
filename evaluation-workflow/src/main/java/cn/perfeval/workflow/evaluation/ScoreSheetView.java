package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Attachment 2 scored: per leaf code the self-score, the computed score (null when it cannot be computed) with its
 * parts, and the bureau's review score where there is one; self-score totals by level-1 code, the total and its grade.
 */
public record ScoreSheetView(long evaluationId, String templateCode, Map<String, Indicator> indicators,
                             Map<String, BigDecimal> totals, BigDecimal total, String grade, String gradeNote,
                             BigDecimal reviewTotal, String reviewGrade) {

    public record Indicator(String code, String name, BigDecimal weight, BigDecimal selfScore, BigDecimal computedScore,
                            String reason, boolean flagged, String summary, List<PartView> parts,
                            BigDecimal reviewScore, String reviewReason) {
    }

    public record PartView(String label, String name, BigDecimal computedScore, String explanation) {
    }
}
