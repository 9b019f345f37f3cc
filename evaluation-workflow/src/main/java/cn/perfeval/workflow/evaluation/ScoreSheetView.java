package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.workflow.review.ReviewRecords.ReviewScore;

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

    /** The sheet of an evaluation scored once, with the scores of the bureau's latest review. */
    static ScoreSheetView of(StoredEvaluation e, Map<String, ReviewScore> review) {
        ScoreResult result = e.score();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        result.indicators().forEach(i -> {
            ReviewScore r = review.get(i.code());
            indicators.put(i.code(), new Indicator(i.code(), i.name(), i.weight(), i.selfScore(), i.computedScore(),
                    i.reason(), i.flagged(), i.summary(),
                    i.parts().stream().map(p -> new PartView(p.label(), p.name(), p.computedScore(), p.explanation())).toList(),
                    r == null ? null : r.score(), r == null ? null : r.reason()));
        });
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        e.template().indicators().forEach(top -> totals.put(top.code(), result.levelTotal(top.code()).orElse(BigDecimal.ZERO)));
        String reviewGrade = e.record().getReviewGrade();
        return new ScoreSheetView(e.id(), e.content().templateCode(), indicators, totals, result.shownTotal(),
                result.shownGrade(), result.gradeNote(), e.record().getReviewTotal(),
                reviewGrade == null ? null : ReviewGrade.valueOf(reviewGrade).label());
    }
}
