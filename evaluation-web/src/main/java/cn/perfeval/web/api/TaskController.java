package cn.perfeval.web.api;

import java.util.List;

import cn.perfeval.web.security.CurrentActor;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.approval.BatchDecisions;
import cn.perfeval.workflow.approval.ReviewDecisions;
import cn.perfeval.workflow.approval.TaskOperations;
import cn.perfeval.workflow.workspace.ReviewDraft;
import cn.perfeval.workflow.workspace.ReviewDrafts;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.task.WorkLists;
import cn.perfeval.workflow.review.ApprovalRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's open tasks, and the reviewers' decisions on them. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final ReviewDecisions approvals;
    private final ReviewDrafts drafts;
    private final TaskOperations operations;
    private final BatchDecisions batch;
    private final WorkLists workLists;

    TaskController(ReviewDecisions approvals, ReviewDrafts drafts, TaskOperations operations,
                   BatchDecisions batch, WorkLists workLists) {
        this.workLists = workLists;
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

    /** 待办 (list=todo, the default), 已办 (done), 抄送我的 (cc) or 我发起的 (mine), filtered and paged. */
    @GetMapping
    Page<WorkLists.WorkItem> tasks(@RequestParam(required = false) String list,
                                   @RequestParam(required = false) String unitName,
                                   @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) EvaluationStatus status,
                                   @RequestParam(required = false) Long campaignId,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                   HttpServletRequest request) {
        return workLists.of(CurrentActor.of(request), kind(list), new WorkLists.Filter(unitName, year, status, campaignId),
                PageRequest.of(page, size));
    }

    static WorkLists.Kind kind(String list) {
        if (list == null || list.isBlank() || list.equals("todo")) {
            return WorkLists.Kind.TODO;
        }
        return switch (list) {
            case "done" -> WorkLists.Kind.DONE;
            case "cc" -> WorkLists.Kind.COPIED;
            case "mine" -> WorkLists.Kind.MINE;
            default -> throw UseCaseException.invalid("LIST_UNKNOWN", "没有这个列表：请选择待办、已办、抄送我的或我发起的",
                    List.of(ErrorDetail.at("list", "可选 todo、done、cc、mine")));
        };
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
