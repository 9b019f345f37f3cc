package cn.perfeval.workflow.workspace;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.BoundedText;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.process.ApprovalProcess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's typing on an open task, kept on the server as they type and on leaving, so that a reload, a refused
 * decision or a closed browser loses nothing. Only the person who may decide the task keeps one; it is theirs alone,
 * and it disappears when the task is decided.
 */
@Service
@Transactional
public class ReviewDrafts {

    private final ReviewDraftMapper drafts;
    private final ApprovalProcess process;
    private final EvaluationRepository repository;
    private final EvaluationAccess access;
    private final Clock clock;

    public ReviewDrafts(ReviewDraftMapper drafts, ApprovalProcess process, EvaluationRepository repository,
                        EvaluationAccess access, Clock clock) {
        this.drafts = drafts;
        this.process = process;
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    public ReviewDraft save(Actor actor, String taskId, ReviewDraft draft) {
        StoredEvaluation e = decidable(actor, taskId);
        ReviewDraft d = draft == null ? ReviewDraft.EMPTY : draft;
        bounded(d);
        ReviewDraftRecord row = drafts.of(taskId, actor.username()).orElseGet(ReviewDraftRecord::new);
        row.setTaskId(taskId);
        row.setUsername(actor.username());
        row.setEvaluationId(e.id());
        row.setContent(Json.MAPPER.writeValueAsString(d));
        row.setUpdatedAt(LocalDateTime.now(clock));
        if (row.getId() == null) {
            try {
                drafts.insert(row);
            } catch (DuplicateKeyException savedMeanwhile) {
                // the page's last autosave and the decision's form arrived together: the later one wins
                row.setId(drafts.of(taskId, actor.username()).orElseThrow().getId());
                drafts.updateById(row);
            }
        } else {
            drafts.updateById(row);
        }
        return d;
    }

    @Transactional(readOnly = true)
    public ReviewDraft of(Actor actor, String taskId) {
        decidable(actor, taskId);
        return find(actor, taskId).orElse(ReviewDraft.EMPTY);
    }

    /** The reader's draft of a task already known to be theirs (the review page has checked). */
    @Transactional(readOnly = true)
    public Optional<ReviewDraft> find(Actor actor, String taskId) {
        return drafts.of(taskId, actor.username()).map(r -> Json.MAPPER.readValue(r.getContent(), ReviewDraft.class));
    }

    /** The task is decided: every draft of it goes, in the decision's transaction. */
    public void discard(String taskId) {
        drafts.deleteOfTask(taskId);
    }

    private StoredEvaluation decidable(Actor actor, String taskId) {
        ApprovalProcess.OpenTask task = process.task(taskId).orElseThrow(() -> process.gone(taskId));
        StoredEvaluation e = repository.findByProcessInstance(task.processInstanceId())
                .orElseThrow(() -> UseCaseException.notFound("TASK_NOT_FOUND", "任务不存在"));
        access.visible(actor, e.id());
        access.require(actor, e, Move.APPROVE);
        if (task.assignee() != null && !actor.username().equals(task.assignee()) && !actor.username().equals(task.owner())) {
            throw UseCaseException.forbidden("TASK_ASSIGNED_TO_OTHER", "该任务已转给他人办理");
        }
        return e;
    }

    private static void bounded(ReviewDraft d) {
        BoundedText.require(Limits.Text.PARAGRAPH, d.opinion(), "评审意见", "$.opinion");
        BoundedText.require(Limits.Text.PARAGRAPH, d.comment(), "审核意见", "$.comment");
        BoundedText.require(Limits.Text.PARAGRAPH, d.returnComment(), "退回意见", "$.returnComment");
        BoundedText.require(Limits.Text.NAME, d.reviewGrade(), "评审等级", "$.reviewGrade");
        d.scores().forEach((code, s) -> {
            BoundedText.require(Limits.Text.NAME, code, "指标编码", "$.scores");
            BoundedText.require(Limits.Text.NAME, s == null ? null : s.score(), "指标" + code + "的评审得分",
                    "$.scores['" + code + "'].score");
            BoundedText.require(Limits.Text.PARAGRAPH, s == null ? null : s.reason(), "指标" + code + "的评分理由",
                    "$.scores['" + code + "'].reason");
        });
        if (d.scores().size() > 500 || d.annotations().size() > 200) {
            throw UseCaseException.invalid("DRAFT_TOO_LARGE", "草稿内容过多，请精简后再保存", java.util.List.of());
        }
        d.annotations().forEach(a -> {
            BoundedText.require(Limits.Text.NAME, a == null ? null : a.path(), "批注位置", "$.annotations");
            BoundedText.require(Limits.Text.PARAGRAPH, a == null ? null : a.note(), "批注", "$.annotations");
        });
    }
}
