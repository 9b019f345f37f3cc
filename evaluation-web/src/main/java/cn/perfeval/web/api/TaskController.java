package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.approval.ReviewDecisions;
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

    TaskController(TaskInbox inbox, ReviewDecisions approvals, ReviewDrafts drafts) {
        this.inbox = inbox;
        this.approvals = approvals;
        this.drafts = drafts;
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
