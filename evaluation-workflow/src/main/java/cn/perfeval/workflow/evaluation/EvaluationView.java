package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.persistence.EvaluationRecord;

/** An evaluation as the API and the pages show it: where it stands, its round, totals and the bureau's review. */
public record EvaluationView(long id, long unitId, String unitName, String unitShortName, int year, String templateCode,
                             Long campaignId, String status, String statusLabel, int round, BigDecimal selfTotal,
                             String selfGrade, BigDecimal reviewTotal, String reviewGrade, String reviewGradeLabel,
                             String reviewOpinion, String submittedBy, LocalDateTime submittedAt,
                             LocalDateTime publishedAt, LocalDateTime updatedAt, int version, OpenTask openTask) {

    /** What the public may read: the same view without the login names of the unit's staff. */
    public EvaluationView withoutStaffNames() {
        return new EvaluationView(id, unitId, unitName, unitShortName, year, templateCode, campaignId, status,
                statusLabel, round, selfTotal, selfGrade, reviewTotal, reviewGrade, reviewGradeLabel, reviewOpinion, null,
                submittedAt, publishedAt, updatedAt, version, openTask);
    }

    /** The step the evaluation waits on, if any (none once published). */
    public record OpenTask(String taskId, String step, String stepLabel, LocalDateTime since) {
    }

    public static EvaluationView of(EvaluationRecord r, OrgUnitRecord unit, OpenTask openTask) {
        String grade = r.getReviewGrade();
        return new EvaluationView(r.getId(), unit.getId(), unit.getName(), unit.getShortName(), r.getEvaluationYear(),
                r.getTemplateCode(), r.getCampaignId(), r.getStatus(), EvaluationStatus.valueOf(r.getStatus()).label(),
                r.getCurrentRound(), r.getSelfTotal(), r.getSelfGrade(), r.getReviewTotal(), grade,
                grade == null ? null : ReviewGrade.valueOf(grade).label(), r.getReviewOpinion(), r.getSubmittedBy(),
                r.getSubmittedAt(), r.getPublishedAt(), r.getUpdatedAt(), r.getVersion(), openTask);
    }
}
