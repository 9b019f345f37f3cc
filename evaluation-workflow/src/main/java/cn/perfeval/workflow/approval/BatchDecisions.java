package cn.perfeval.workflow.approval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.springframework.stereotype.Service;

/**
 * 批量通过: each task approved on its own, in its own transaction, passing every rule a single approval passes; the
 * answer lists each one's result, so one refusal stops none of the others.
 */
@Service
public class BatchDecisions {

    static final int MAX_TASKS = 100;

    private final ReviewDecisions decisions;

    public BatchDecisions(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    /** One task's result: approved (with the evaluation as it now stands), or refused with the code and message. */
    public record Result(String taskId, boolean approved, Long evaluationId, String unitName, String status,
                         String code, String message) {
    }

    /**
     * @param reviewGrade and {@code opinion} apply to finance reviews (whose scores stay the self-scores); internal
     *                    reviews need only the comment
     */
    public List<Result> approve(Actor actor, List<String> taskIds, String comment, String reviewGrade, String opinion) {
        List<String> ids = taskIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(taskIds.stream()
                .filter(t -> t != null && !t.isBlank()).toList()));
        if (ids.isEmpty() || ids.size() > MAX_TASKS) {
            throw UseCaseException.unprocessable("TASKS_REQUIRED", ids.isEmpty() ? "请选择要批量通过的任务"
                    : "一次最多批量通过" + MAX_TASKS + "项", List.of(ErrorDetail.at("$.taskIds", "请选择1到" + MAX_TASKS + "项任务")));
        }
        List<Result> results = new ArrayList<>();
        for (String taskId : ids) {
            try {
                EvaluationView v = decisions.approve(actor, taskId, new ApprovalRequest(comment, null, reviewGrade,
                        opinion == null || opinion.isBlank() ? comment : opinion));
                results.add(new Result(taskId, true, v.id(), v.unitName(), v.statusLabel(), null, null));
            } catch (UseCaseException refused) {
                String details = refused.details().isEmpty() ? "" : "（" + String.join("；",
                        refused.details().stream().map(ErrorDetail::message).toList()) + "）";
                results.add(new Result(taskId, false, null, null, null, refused.code(), refused.getMessage() + details));
            }
        }
        return results;
    }
}
