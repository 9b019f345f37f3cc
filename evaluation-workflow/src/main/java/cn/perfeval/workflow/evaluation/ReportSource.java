package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.review.ReviewRecords.ReviewScore;

/** What the report files are made from: the working copy loaded and scored once, with the bureau's review if any. */
public record ReportSource(long evaluationId, Evaluation evaluation, IndicatorTemplate template, ScoreResult score,
                           Map<String, BigDecimal> reviewScores, BigDecimal reviewTotal, ReviewGrade reviewGrade,
                           String reviewOpinion) {

    static ReportSource of(StoredEvaluation e, Map<String, ReviewScore> review) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        review.forEach((code, s) -> scores.put(code, s.score()));
        String grade = e.record().getReviewGrade();
        return new ReportSource(e.id(), e.content(), e.template(), e.score(), scores, e.record().getReviewTotal(),
                grade == null ? null : ReviewGrade.valueOf(grade), e.record().getReviewOpinion());
    }
}
