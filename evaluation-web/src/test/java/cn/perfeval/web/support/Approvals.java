package cn.perfeval.web.support;

import java.util.Set;

import cn.perfeval.workflow.approval.Publication;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.Submission;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.springframework.stereotype.Component;

/** The moves of the approval path in one place, for tests that set their scene through the use cases. */
@Component
public class Approvals {

    private final Submission submission;
    private final ReviewDecisions decisions;
    private final Publication publication;

    Approvals(Submission submission, ReviewDecisions decisions, Publication publication) {
        this.submission = submission;
        this.decisions = decisions;
        this.publication = publication;
    }

    public EvaluationView submit(Actor actor, long id, Set<String> acknowledgedWarnings, Integer version) {
        return submission.submit(actor, id, acknowledgedWarnings, version);
    }

    public EvaluationView withdraw(Actor actor, long id) {
        return submission.withdraw(actor, id);
    }

    public EvaluationView approve(Actor actor, String taskId, ApprovalRequest request) {
        return decisions.approve(actor, taskId, request);
    }

    public EvaluationView returnToSubmitter(Actor actor, String taskId, String comment) {
        return decisions.returnToSubmitter(actor, taskId, comment);
    }

    public EvaluationView publish(Actor actor, long id) {
        return publication.publish(actor, id);
    }

    public EvaluationView unpublish(Actor actor, long id, String reason) {
        return publication.unpublish(actor, id, reason);
    }
}
