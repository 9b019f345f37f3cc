package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.org.OrgUnitRecord;

/** An evaluation as the API and the pages show it: where it stands, its round, totals, the bureau's review, its open task. */
public record EvaluationView(long id, long unitId, String unitName, String unitShortName, int year, String templateCode,
                             Long campaignId, EvaluationStatus status, String statusLabel, int round, BigDecimal selfTotal,
                             String selfGrade, BigDecimal reviewTotal, String reviewGrade, String reviewGradeLabel,
                             String reviewOpinion, String submittedBy, LocalDateTime submittedAt,
                             LocalDateTime publishedAt, LocalDateTime updatedAt, int version, OpenTask openTask) {

    /** The same view with the self-assessed total of the round the bureau reads (grade not known without scoring). */
    public EvaluationView withSelfTotal(BigDecimal submittedTotal) {
        return new EvaluationView(id, unitId, unitName, unitShortName, year, templateCode, campaignId, status,
                statusLabel, round, submittedTotal, null, reviewTotal, reviewGrade, reviewGradeLabel, reviewOpinion,
                submittedBy, submittedAt, publishedAt, updatedAt, version, openTask);
    }

    /** What the public may read: the same view without the login names of the unit's staff. */
    public EvaluationView withoutStaffNames() {
        return new EvaluationView(id, unitId, unitName, unitShortName, year, templateCode, campaignId, status,
                statusLabel, round, selfTotal, selfGrade, reviewTotal, reviewGrade, reviewGradeLabel, reviewOpinion, null,
                submittedAt, publishedAt, updatedAt, version, openTask);
    }

    /** A reviewer's step is open: the evaluation is read on the review page. */
    public boolean inReview() {
        return Lifecycle.isInReview(status);
    }

    /** The step the evaluation waits on, if any (none once published). */
    public record OpenTask(String taskId, String step, String stepLabel, LocalDateTime since, String assignee,
                           String owner, boolean delegated) {

        static OpenTask of(ApprovalProcess.OpenTask task) {
            return task == null ? null : new OpenTask(task.taskId(), task.step().name(), task.step().label(), task.since(),
                    task.assignee(), task.owner(), task.delegated());
        }

        /** Whether this person may decide it: nobody while it is delegated; only the assignee once it has one. */
        public boolean decidableBy(String username) {
            return !delegated && (assignee == null || assignee.equals(username));
        }
    }

    public static EvaluationView of(EvaluationRecord r, OrgUnitRecord unit, ApprovalProcess.OpenTask openTask) {
        String grade = r.getReviewGrade();
        return new EvaluationView(r.getId(), unit.getId(), unit.getName(), unit.getShortName(), r.getEvaluationYear(),
                r.getTemplateCode(), r.getCampaignId(), r.getStatus(), r.getStatus().label(),
                r.getCurrentRound(), r.getSelfTotal(), r.getSelfGrade(), r.getReviewTotal(), grade,
                grade == null ? null : ReviewGrade.valueOf(grade).label(), r.getReviewOpinion(), r.getSubmittedBy(),
                r.getSubmittedAt(), r.getPublishedAt(), r.getUpdatedAt(), r.getVersion(), OpenTask.of(openTask));
    }
}
