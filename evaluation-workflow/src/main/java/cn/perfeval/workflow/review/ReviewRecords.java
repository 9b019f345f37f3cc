package cn.perfeval.workflow.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.common.Actor;
import org.springframework.stereotype.Component;

/** The decisions kept beside an evaluation's rounds, with the bureau's scores, and the latest review's scores. */
@Component
public class ReviewRecords {

    private final ReviewRecordMapper records;
    private final ReviewScoreMapper scores;
    private final Clock clock;

    public ReviewRecords(ReviewRecordMapper records, ReviewScoreMapper scores, Clock clock) {
        this.records = records;
        this.scores = scores;
        this.clock = clock;
    }

    /** One indicator's review score and the reason given for it. */
    public record ReviewScore(BigDecimal score, String reason) {
    }

    /** Keeps a decision on the evaluation's current round; a finance approval with its grade, total and scores. */
    public ReviewRecord keep(Actor actor, long evaluationId, int round, Step step, Move decision, String comment,
                             String taskId, FinanceReview.Outcome outcome) {
        ReviewRecord r = new ReviewRecord();
        r.setEvaluationId(evaluationId);
        r.setRoundNo(round);
        r.setStep(step);
        r.setDecision(decision);
        r.setReviewer(actor.username());
        r.setReviewerUnitId(actor.unitId());
        r.setCommentText(comment);
        r.setReviewGrade(outcome == null ? null : outcome.grade().name());
        r.setReviewTotal(outcome == null ? null : outcome.total());
        r.setTaskId(taskId);
        r.setCreatedAt(LocalDateTime.now(clock));
        records.append(r);
        if (outcome != null && !outcome.scores().isEmpty()) {
            java.util.List<ReviewScoreRecord> rows = new java.util.ArrayList<>();
            outcome.scores().forEach((code, score) -> {
                ReviewScoreRecord row = new ReviewScoreRecord();
                row.setReviewRecordId(r.getId());
                row.setIndicatorCode(code);
                row.setScore(score);
                row.setReason(outcome.reasons().get(code));
                rows.add(row);
            });
            scores.insertAll(rows);
        }
        return r;
    }

    /** The scores of the latest finance approval, by indicator code; empty before the bureau has reviewed. */
    public Map<String, ReviewScore> latestScores(long evaluationId) {
        Map<String, ReviewScore> result = new LinkedHashMap<>();
        records.latestFinanceApproval(evaluationId).ifPresent(latest -> scores.ofReview(latest.getId())
                .forEach(s -> result.put(s.getIndicatorCode(), new ReviewScore(s.getScore(), s.getReason()))));
        return result;
    }

    public List<ReviewRecord> ofEvaluation(long evaluationId) {
        return records.ofEvaluation(evaluationId);
    }
}
