package cn.perfeval.workflow.approval;

import java.util.List;

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.workflow.common.BoundedText;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.review.FinanceReview;
import cn.perfeval.workflow.workspace.ReviewAnnotations;
import cn.perfeval.workflow.workspace.ReviewDraft;
import cn.perfeval.workflow.workspace.ReviewDrafts;
import cn.perfeval.workflow.review.ReviewRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' decisions on an open task: approve (the internal review passes it to the bureau; the finance review
 * records its scores, grade and opinion) or return with a comment. Of two people deciding at once, one wins.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class ReviewDecisions {

    private final EvaluationAccess access;
    private final EvaluationRepository repository;
    private final EvaluationReading reading;
    private final ApprovalProcess process;
    private final FinanceReview financeReview;
    private final ReviewRecords records;
    private final ApplicationEventPublisher events;
    private final ReviewDrafts drafts;
    private final ReviewAnnotations annotations;

    public ReviewDecisions(EvaluationAccess access, EvaluationRepository repository, EvaluationReading reading,
                           ApprovalProcess process, FinanceReview financeReview, ReviewRecords records,
                           ApplicationEventPublisher events, ReviewDrafts drafts,
                           ReviewAnnotations annotations) {
        this.drafts = drafts;
        this.annotations = annotations;
        this.access = access;
        this.repository = repository;
        this.reading = reading;
        this.process = process;
        this.financeReview = financeReview;
        this.records = records;
        this.events = events;
    }

    public EvaluationView approve(Actor actor, String taskId, ApprovalRequest request) {
        Decided d = decide(actor, taskId, Move.APPROVE);
        StoredEvaluation e = d.evaluation();
        String comment = blankToNull(request == null ? null : request.comment());
        BoundedText.require(Limits.Text.PARAGRAPH, comment, "审核意见", "$.comment");
        BoundedText.require(Limits.Text.PARAGRAPH, request == null ? null : request.opinion(), "评审意见", "$.opinion");
        if (request != null && request.reviewScores() != null) {
            request.reviewScores().forEach((code, score) -> BoundedText.require(Limits.Text.PARAGRAPH,
                    score == null ? null : score.reason(), "指标" + code + "的评分理由", "$.reviewScores." + code + ".reason"));
        }
        EvaluationRecord r = e.record();
        if (d.step() == Step.INTERNAL_REVIEW) {
            process.complete(d.task(), Move.APPROVE);
            drafts.discard(d.task().taskId());
            r.setStatus(Lifecycle.after(e.status(), Move.APPROVE));
            repository.advance(e);
            records.keep(actor, e.id(), e.round(), d.step(), Move.APPROVE, comment, d.task().taskId(), null);
            events.publishEvent(new EvaluationEvent.Approved(actor, e.ref(), d.step(), comment, null, null, null, List.of()));
            return reading.view(e);
        }
        FinanceReview.Outcome outcome = financeReview.validate(
                request == null ? ApprovalRequest.withComment(null) : request, e.content(), e.template());
        process.complete(d.task(), Move.APPROVE);
        drafts.discard(d.task().taskId());
        r.setStatus(Lifecycle.after(e.status(), Move.APPROVE));
        r.setReviewTotal(outcome.total());
        r.setReviewGrade(outcome.grade().name());
        r.setReviewOpinion(outcome.opinion());
        repository.advance(e);
        String text = comment == null || comment.equals(outcome.opinion()) ? outcome.opinion()
                : outcome.opinion() + "\n" + comment;
        records.keep(actor, e.id(), e.round(), d.step(), Move.APPROVE, text, d.task().taskId(), outcome);
        List<EvaluationEvent.ScoreChange> changes = outcome.changed().stream().map(code -> new EvaluationEvent.ScoreChange(
                code, e.content().scoreSheet().selfScore(code).orElse(null), outcome.scores().get(code),
                outcome.reasons().get(code))).toList();
        events.publishEvent(new EvaluationEvent.Approved(actor, e.ref(), d.step(), comment, outcome.grade(),
                outcome.total(), outcome.opinion(), changes));
        return reading.view(e);
    }

    /** Returns the task to the submitter; a comment is required and kept with the round. */
    public EvaluationView returnToSubmitter(Actor actor, String taskId, String comment) {
        return returnToSubmitter(actor, taskId, comment, List.of());
    }

    /** The same with notes pinned to fields, which the submitter sees at the fields and as a checklist. */
    public EvaluationView returnToSubmitter(Actor actor, String taskId, String comment,
                                            List<ReviewDraft.Annotation> notes) {
        Decided d = decide(actor, taskId, Move.RETURN);
        List<ReviewDraft.Annotation> pinned = ReviewAnnotations.validate(notes);
        String text = blankToNull(comment);
        BoundedText.require(Limits.Text.PARAGRAPH, text, "退回意见", "$.comment");
        if (text == null) {
            throw UseCaseException.unprocessable("COMMENT_REQUIRED", "退回必须填写意见",
                    List.of(ErrorDetail.at("$.comment", "请填写退回意见，说明需要修改的内容")));
        }
        StoredEvaluation e = d.evaluation();
        process.complete(d.task(), Move.RETURN);
        drafts.discard(d.task().taskId());
        e.record().setStatus(Lifecycle.after(e.status(), Move.RETURN));
        repository.advance(e);
        records.keep(actor, e.id(), e.round(), d.step(), Move.RETURN, text, d.task().taskId(), null);
        annotations.keep(actor, e, pinned);
        events.publishEvent(new EvaluationEvent.Returned(actor, e.ref(), d.step(), text));
        return reading.view(e);
    }

    private record Decided(StoredEvaluation evaluation, ApprovalProcess.OpenTask task, Step step) {
    }

    /** Finds the task, locks its evaluation, and checks that the task is still open and the actor's to decide. */
    private Decided decide(Actor actor, String taskId, Move move) {
        ApprovalProcess.OpenTask found = process.task(taskId).orElseThrow(() -> process.gone(taskId));
        StoredEvaluation e = access.lockVisibleOfTask(actor, found.processInstanceId());
        ApprovalProcess.OpenTask task = process.task(taskId).orElseThrow(() -> process.gone(taskId));
        access.require(actor, e, move);
        requireDecider(actor, task);
        return new Decided(e, task, task.step());
    }

    /** A task given to one person (转办) is theirs alone to decide; a delegated one (委派) waits for the delegate. */
    static void requireDecider(Actor actor, ApprovalProcess.OpenTask task) {
        if (task.decidableBy(actor.username())) {
            return;
        }
        if (task.delegated()) {
            throw actor.username().equals(task.assignee())
                    ? UseCaseException.conflict("TASK_DELEGATED", "该任务是委派给您的，请办结后交回委派人决定")
                    : UseCaseException.conflict("TASK_DELEGATED", "该任务已委派他人办理，待其办结交回后再决定");
        }
        throw UseCaseException.forbidden("TASK_ASSIGNED_TO_OTHER", "该任务已转给他人办理");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
