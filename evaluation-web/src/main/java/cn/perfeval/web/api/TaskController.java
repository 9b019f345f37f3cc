package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.approval.BatchDecisions;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.TaskOperations;
import cn.perfeval.workflow.workspace.ReviewDraft;
import cn.perfeval.workflow.workspace.ReviewDrafts;
import cn.perfeval.workflow.task.TaskInbox;
import cn.perfeval.workflow.review.ApprovalRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's open tasks, and the reviewers' decisions on them. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInbox inbox;
    private final ReviewDecisions approvals;
    private final ReviewDrafts drafts;
    private final TaskOperations operations;
    private final BatchDecisions batch;

    TaskController(TaskInbox inbox, ReviewDecisions approvals, ReviewDrafts drafts, TaskOperations operations,
                   BatchDecisions batch) {
        this.inbox = inbox;
        this.approvals = approvals;
        this.drafts = drafts;
        this.operations = operations;
        this.batch = batch;
    }

    record HandOverRequest(String toUser, String comment) {
    }

    record CommentRequest(String comment) {
    }

    record CopyRequest(List<String> users, String comment) {
    }

    record BatchRequest(List<String> taskIds, String comment, String reviewGrade, String opinion) {
    }

    @PostMapping("/{taskId}/transfer")
    EvaluationView transfer(@PathVariable String taskId, @RequestBody(required = false) HandOverRequest body,
                            HttpServletRequest request) {
        return operations.transfer(CurrentActor.of(request), taskId, body == null ? null : body.toUser(),
                body == null ? null : body.comment());
    }

    @PostMapping("/{taskId}/delegate")
    EvaluationView delegate(@PathVariable String taskId, @RequestBody(required = false) HandOverRequest body,
                            HttpServletRequest request) {
        return operations.delegate(CurrentActor.of(request), taskId, body == null ? null : body.toUser(),
                body == null ? null : body.comment());
    }

    @PostMapping("/{taskId}/resolve")
    EvaluationView resolve(@PathVariable String taskId, @RequestBody(required = false) CommentRequest body,
                           HttpServletRequest request) {
        return operations.resolve(CurrentActor.of(request), taskId, body == null ? null : body.comment());
    }

    @PostMapping("/{taskId}/cc")
    EvaluationView copy(@PathVariable String taskId, @RequestBody(required = false) CopyRequest body,
                        HttpServletRequest request) {
        return operations.copy(CurrentActor.of(request), taskId, body == null ? null : body.users(),
                body == null ? null : body.comment());
    }

    @PostMapping("/approve")
    List<BatchDecisions.Result> approveAll(@RequestBody(required = false) BatchRequest body, HttpServletRequest request) {
        return batch.approve(CurrentActor.of(request), body == null ? null : body.taskIds(),
                body == null ? null : body.comment(), body == null ? null : body.reviewGrade(),
                body == null ? null : body.opinion());
    }

    record ReturnRequest(String comment, List<ReviewDraft.Annotation> annotations) {
    }

    @GetMapping
    List<TaskInbox.TaskView> tasks(HttpServletRequest request) {
        return inbox.openTasks(CurrentActor.of(request));
    }

    @PostMapping("/{taskId}/approve")
    EvaluationView approve(@PathVariable String taskId, @RequestBody(required = false) ApprovalRequest body,
                           HttpServletRequest request) {
        return approvals.approve(CurrentActor.of(request), taskId, body);
    }

    @PostMapping("/{taskId}/return")
    EvaluationView returnToSubmitter(@PathVariable String taskId, @RequestBody(required = false) ReturnRequest body,
                                     HttpServletRequest request) {
        return approvals.returnToSubmitter(CurrentActor.of(request), taskId, body == null ? null : body.comment(),
                body == null ? List.of() : body.annotations());
    }

    @GetMapping("/{taskId}/review-draft")
    ReviewDraft draft(@PathVariable String taskId, HttpServletRequest request) {
        return drafts.of(CurrentActor.of(request), taskId);
    }

    @PutMapping("/{taskId}/review-draft")
    ReviewDraft saveDraft(@PathVariable String taskId, @RequestBody(required = false) ReviewDraft body,
                          HttpServletRequest request) {
        return drafts.save(CurrentActor.of(request), taskId, body);
    }
}
