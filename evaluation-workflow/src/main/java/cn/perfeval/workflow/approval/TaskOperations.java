package cn.perfeval.workflow.approval;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import cn.perfeval.domain.common.Limits;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.BoundedText;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationCopyMapper;
import cn.perfeval.workflow.evaluation.EvaluationCopyRecord;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.event.EvaluationEvent.Handing;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.UserAccount;
import cn.perfeval.workflow.process.ApprovalProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import static cn.perfeval.workflow.evaluation.EvaluationAccess.participant;

/**
 * What a reviewer may do with a task besides deciding it, as in a Chinese OA: 转办 (it becomes a colleague's), 委派
 * (a colleague works on it and gives it back; the owner decides), 抄送 (people are given a copy to read). Each is
 * refused where it does not fit, audited and notified through its event, in the task's history.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class TaskOperations {

    private final ApprovalProcess process;
    private final EvaluationRepository repository;
    private final EvaluationAccess access;
    private final EvaluationReading reading;
    private final OrgDirectory directory;
    private final EvaluationCopyMapper copies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TaskOperations(ApprovalProcess process, EvaluationRepository repository, EvaluationAccess access,
                          EvaluationReading reading, OrgDirectory directory, EvaluationCopyMapper copies,
                          ApplicationEventPublisher events, Clock clock) {
        this.process = process;
        this.repository = repository;
        this.access = access;
        this.reading = reading;
        this.directory = directory;
        this.copies = copies;
        this.events = events;
        this.clock = clock;
    }

    /** 转办: the task becomes the colleague's, who must be able to decide it (same role, a unit they act for). */
    public EvaluationView transfer(Actor actor, String taskId, String toUser, String comment) {
        Held h = held(actor, taskId);
        String text = comment(comment);
        UserAccount target = colleague(h, actor, toUser, "转办");
        process.transfer(h.task(), target.username());
        repository.advance(h.evaluation());
        events.publishEvent(new EvaluationEvent.Handed(actor, h.evaluation().ref(), h.task().step(), Handing.TRANSFER,
                target.username(), target.displayName(), text));
        return reading.view(h.evaluation());
    }

    /** 委派: the colleague works on it and resolves; it then comes back to the actor, who decides. */
    public EvaluationView delegate(Actor actor, String taskId, String toUser, String comment) {
        Held h = held(actor, taskId);
        String text = comment(comment);
        UserAccount target = colleague(h, actor, toUser, "委派");
        process.delegate(h.task(), actor.username(), target.username());
        repository.advance(h.evaluation());
        events.publishEvent(new EvaluationEvent.Handed(actor, h.evaluation().ref(), h.task().step(), Handing.DELEGATE,
                target.username(), target.displayName(), text));
        return reading.view(h.evaluation());
    }

    /** The delegate is done: the task goes back to whoever delegated it. */
    public EvaluationView resolve(Actor actor, String taskId, String comment) {
        Located l = locate(actor, taskId);
        String text = comment(comment);
        if (!l.task().delegated() || !actor.username().equals(l.task().assignee())) {
            throw UseCaseException.conflict("TASK_NOT_DELEGATED", "该任务没有委派给您，无需办结");
        }
        process.resolve(l.task());
        repository.advance(l.evaluation());
        String owner = l.task().owner();
        String ownerName = directory.findAccount(owner).map(UserAccount::displayName).orElse(owner);
        events.publishEvent(new EvaluationEvent.Handed(actor, l.evaluation().ref(), l.task().step(), Handing.RESOLVE,
                owner, ownerName, text));
        return reading.view(l.evaluation());
    }

    /** 抄送: each person gets a notice and read access to this evaluation (and no other). */
    public EvaluationView copy(Actor actor, String taskId, List<String> users, String comment) {
        Held h = held(actor, taskId);
        String text = comment(comment);
        List<String> logins = new ArrayList<>(new LinkedHashSet<>(users == null ? List.of() : users.stream()
                .filter(u -> u != null && !u.isBlank()).map(String::strip).toList()));
        if (logins.isEmpty()) {
            throw UseCaseException.unprocessable("COPY_TO_REQUIRED", "请选择抄送的人员",
                    List.of(ErrorDetail.at("$.users", "请至少选择一位抄送人员")));
        }
        List<ErrorDetail> unknown = new ArrayList<>();
        List<UserAccount> targets = new ArrayList<>();
        for (int i = 0; i < logins.size(); i++) {
            String login = logins.get(i);
            BoundedText.require(Limits.Text.NAME, login, "抄送人员", "$.users[" + i + "]");
            directory.findAccount(login).filter(UserAccount::enabled).ifPresentOrElse(targets::add,
                    () -> unknown.add(ErrorDetail.at("$.users", "没有账号为“" + login + "”的在用人员")));
        }
        if (!unknown.isEmpty()) {
            throw UseCaseException.unprocessable("USER_NOT_FOUND", "抄送人员有误", unknown);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (UserAccount target : targets) {
            if (copies.isCopiedTo(h.evaluation().id(), target.username())) {
                continue;
            }
            EvaluationCopyRecord r = new EvaluationCopyRecord();
            r.setEvaluationId(h.evaluation().id());
            r.setUsername(target.username());
            r.setCopiedBy(actor.username());
            r.setCommentText(text);
            r.setCreatedAt(now);
            copies.insert(r);
        }
        events.publishEvent(new EvaluationEvent.Copied(actor, h.evaluation().ref(),
                targets.stream().map(UserAccount::username).toList(),
                targets.stream().map(UserAccount::displayName).toList(), text));
        return reading.view(h.evaluation());
    }

    private record Located(StoredEvaluation evaluation, ApprovalProcess.OpenTask task) {
    }

    private record Held(StoredEvaluation evaluation, ApprovalProcess.OpenTask task) {
    }

    /** The task, its evaluation locked and readable by the actor, and the actor among those who may decide it. */
    private Located locate(Actor actor, String taskId) {
        ApprovalProcess.OpenTask found = process.task(taskId).orElseThrow(() -> process.gone(taskId));
        StoredEvaluation e = access.lockVisibleOfTask(actor, found.processInstanceId());
        ApprovalProcess.OpenTask task = process.task(taskId).orElseThrow(() -> process.gone(taskId));
        if (!Lifecycle.isInReview(e.status())) {
            throw UseCaseException.conflict("TASK_NOT_A_REVIEW", "只有审核环节的任务可以转办、委派或抄送");
        }
        access.require(actor, e, Move.APPROVE);
        return new Located(e, task);
    }

    /** As {@link #locate}, and the task is the actor's to decide now (not delegated, not given to someone else). */
    private Held held(Actor actor, String taskId) {
        Located l = locate(actor, taskId);
        ReviewDecisions.requireDecider(actor, l.task());
        return new Held(l.evaluation(), l.task());
    }

    private UserAccount colleague(Held h, Actor actor, String toUser, String what) {
        if (toUser == null || toUser.isBlank()) {
            throw UseCaseException.unprocessable("TARGET_REQUIRED", "请选择" + what + "给谁",
                    List.of(ErrorDetail.at("$.toUser", "请选择" + what + "的人员")));
        }
        BoundedText.require(Limits.Text.NAME, toUser, what + "人员", "$.toUser");
        UserAccount target = directory.findAccount(toUser.strip()).filter(UserAccount::enabled).orElseThrow(() ->
                UseCaseException.unprocessable("USER_NOT_FOUND", "没有账号为“" + toUser.strip() + "”的在用人员",
                        List.of(ErrorDetail.at("$.toUser", "请选择本环节的审核人员"))));
        if (target.username().equals(actor.username())) {
            throw UseCaseException.unprocessable("TARGET_IS_SELF", "不能" + what + "给自己",
                    List.of(ErrorDetail.at("$.toUser", "请选择其他审核人员")));
        }
        Actor as = new Actor(target.id(), target.username(), target.displayName(), target.unitId(), target.unitType(),
                target.roles(), null);
        if (!Lifecycle.may(h.evaluation().status(), Move.APPROVE, participant(as, h.evaluation()))) {
            throw UseCaseException.unprocessable("TARGET_CANNOT_DECIDE", target.displayName() + "不能办理本环节（需是"
                    + h.task().step().label() + "的审核人员，且不是本轮的提交人）",
                    List.of(ErrorDetail.at("$.toUser", "请选择本环节的审核人员")));
        }
        return target;
    }

    private static String comment(String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        BoundedText.require(Limits.Text.PARAGRAPH, text, "说明", "$.comment");
        return text;
    }
}
