package cn.perfeval.workflow.process;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.checks.ConsistencyChecker;
import cn.perfeval.domain.checks.Finding;
import cn.perfeval.domain.checks.Severity;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationService;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.LoadedEvaluation;
import cn.perfeval.workflow.notification.Notifications;
import cn.perfeval.workflow.persistence.EvaluationMapper;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import cn.perfeval.workflow.persistence.EvaluationRoundMapper;
import cn.perfeval.workflow.persistence.EvaluationRoundRecord;
import cn.perfeval.workflow.persistence.ReviewRecord;
import cn.perfeval.workflow.persistence.ReviewRecordMapper;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.review.FinanceReview;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every move along the approval path. Each one changes the evaluation row and Flowable's open task in the same
 * transaction, after locking the row, so that of two people acting at once exactly one wins and the other is told so.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class ApprovalService {

    private final EvaluationMapper evaluations;
    private final EvaluationRoundMapper rounds;
    private final ReviewRecordMapper reviews;
    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final EvaluationService evaluationService;
    private final ApprovalProcess process;
    private final FinanceReview financeReview;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final ScoringEngine scoring = new ScoringEngine();
    private final ConsistencyChecker checker = new ConsistencyChecker();

    public ApprovalService(EvaluationMapper evaluations, EvaluationRoundMapper rounds, ReviewRecordMapper reviews,
                           EvaluationAccess access, EvaluationDocuments documents, EvaluationService evaluationService,
                           ApprovalProcess process, FinanceReview financeReview, Notifications notifications,
                           AuditTrail audit, Clock clock) {
        this.evaluations = evaluations;
        this.rounds = rounds;
        this.reviews = reviews;
        this.access = access;
        this.documents = documents;
        this.evaluationService = evaluationService;
        this.process = process;
        this.financeReview = financeReview;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the submitter

    /**
     * Runs the consistency checks (errors block; warnings must be acknowledged by code), freezes the three attachments
     * as round n and hands the evaluation to the unit's internal review.
     */
    public EvaluationView submit(Actor actor, long id, Set<String> acknowledgedWarnings, Integer expectedVersion) {
        LoadedEvaluation e = access.lockVisible(actor, id);
        access.requireEditable(actor, e);
        EvaluationAccess.requireVersion(e, expectedVersion);
        Evaluation content = documents.load(e.record(), e.unit());
        IndicatorTemplate template = documents.templates().require(content.templateCode());
        List<Finding> findings = checker.check(content, template);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw UseCaseException.unprocessable("CHECKS_FAILED",
                    "一致性检查发现" + errors.size() + "处错误，须改正后才能提交", details(findings));
        }
        Set<String> acknowledged = acknowledgedWarnings == null ? Set.of() : acknowledgedWarnings;
        List<Finding> unacknowledged = findings.stream()
                .filter(f -> f.severity() == Severity.WARNING && !acknowledged.contains(f.code())).toList();
        if (!unacknowledged.isEmpty()) {
            throw UseCaseException.unprocessable("WARNINGS_NOT_ACKNOWLEDGED",
                    "一致性检查有" + unacknowledged.size() + "处警告，请逐条确认后再提交", details(unacknowledged));
        }
        Task task = openTask(e, Step.FILL_IN);
        ScoreResult score = scoring.score(content, template);
        int round = e.record().getCurrentRound() + 1;
        LocalDateTime now = LocalDateTime.now(clock);
        Set<String> acknowledgedPresent = new LinkedHashSet<>();
        findings.stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> acknowledgedPresent.add(f.code()));
        EvaluationRoundRecord snapshot = new EvaluationRoundRecord();
        snapshot.setEvaluationId(id);
        snapshot.setRoundNo(round);
        snapshot.setSnapshot(documents.write(content));
        snapshot.setFindings(Json.MAPPER.writeValueAsString(findings.stream().map(CheckView::of).toList()));
        snapshot.setAcknowledgedWarnings(Json.MAPPER.writeValueAsString(acknowledgedPresent));
        snapshot.setSelfTotal(score.total());
        snapshot.setSubmittedBy(actor.username());
        snapshot.setSubmittedAt(now);
        rounds.insert(snapshot);
        process.complete(task, Decision.APPROVE);
        access.advance(e.record(), new UpdateWrapper<EvaluationRecord>()
                .set("status", EvaluationStatus.INTERNAL_REVIEW.name()).set("current_round", round)
                .set("submitted_by", actor.username()).set("submitted_at", now)
                .set("self_total", score.total()).set("self_grade", score.grade() == null ? null : score.grade().label()));
        audit.record(actor, AuditAction.SUBMIT, id, round, "提交第" + round + "轮"
                + (acknowledgedPresent.isEmpty() ? "" : "；已确认警告：" + String.join("、", acknowledgedPresent)));
        notifications.toUnitRole(e.unit().getId(), Role.INTERNAL_REVIEWER, Notifications.TASK,
                "待审核：" + e.unit().getShortName() + e.record().getEvaluationYear() + "年度绩效自评（第" + round + "轮）",
                actor.displayName() + "已提交，请进行单位内部审核", id);
        return evaluationService.current(id);
    }

    /** The submitter takes a submission back while the internal review has not acted on it. */
    public EvaluationView withdraw(Actor actor, long id) {
        LoadedEvaluation e = access.lockVisible(actor, id);
        if (!actor.has(Role.SUBMITTER) || actor.unitId() != e.unit().getId()) {
            throw UseCaseException.forbidden("NOT_UNIT_SUBMITTER", "只有本单位的填报人可以撤回");
        }
        if (!e.is(EvaluationStatus.INTERNAL_REVIEW)) {
            throw UseCaseException.conflict("NOT_WITHDRAWABLE",
                    "该自评当前为“" + e.status().label() + "”，只有尚待单位内部审核的提交可以撤回");
        }
        Task task = openTask(e, Step.INTERNAL_REVIEW);
        process.complete(task, Decision.WITHDRAW);
        access.advance(e.record(), new UpdateWrapper<EvaluationRecord>().set("status", EvaluationStatus.DRAFT.name()));
        audit.record(actor, AuditAction.WITHDRAW, id, e.record().getCurrentRound(),
                "撤回第" + e.record().getCurrentRound() + "轮提交");
        return evaluationService.current(id);
    }

    // ------------------------------------------------------------------ the reviewers

    /** Approves the task: the internal review passes it to the bureau; the finance review records its review and approves. */
    public EvaluationView approve(Actor actor, String taskId, ApprovalRequest request) {
        Decided d = decide(actor, taskId);
        String comment = blankToNull(request == null ? null : request.comment());
        long id = d.e().id();
        int round = d.e().record().getCurrentRound();
        if (d.step() == Step.INTERNAL_REVIEW) {
            process.complete(d.task(), Decision.APPROVE);
            access.advance(d.e().record(), new UpdateWrapper<EvaluationRecord>()
                    .set("status", EvaluationStatus.FINANCE_REVIEW.name()));
            record(actor, d, Decision.APPROVE, comment, null, null);
            audit.record(actor, AuditAction.APPROVE, id, round, "单位内部审核通过" + (comment == null ? "" : "：" + comment));
            notifications.toUnitRole(bureauOf(d.e()), Role.FINANCE_REVIEWER, Notifications.TASK,
                    "待评审：" + d.e().unit().getShortName() + d.e().record().getEvaluationYear() + "年度绩效自评（第" + round + "轮）",
                    "单位内部审核已通过，请进行财政局评审", id);
        } else {
            Evaluation content = documents.load(d.e().record(), d.e().unit());
            IndicatorTemplate template = documents.templates().require(content.templateCode());
            FinanceReview.Outcome outcome = financeReview.validate(
                    request == null ? ApprovalRequest.withComment(null) : request, content, template);
            process.complete(d.task(), Decision.APPROVE);
            access.advance(d.e().record(), new UpdateWrapper<EvaluationRecord>()
                    .set("status", EvaluationStatus.APPROVED.name()).set("review_total", outcome.total())
                    .set("review_grade", outcome.grade().name()).set("review_opinion", outcome.opinion()));
            String text = comment == null || comment.equals(outcome.opinion()) ? outcome.opinion()
                    : outcome.opinion() + "\n" + comment;
            ReviewRecord review = record(actor, d, Decision.APPROVE, text, outcome.grade().name(), outcome);
            financeReview.store(actor, review.getId(), id, round, outcome, content);
            audit.record(actor, AuditAction.APPROVE, id, round, "财政局评审通过：评审等级" + outcome.grade().label()
                    + "，评审总分" + outcome.total().toPlainString());
            notifications.toUnitRole(bureauOf(d.e()), Role.PUBLISHER, Notifications.TASK,
                    "待发布：" + d.e().unit().getShortName() + d.e().record().getEvaluationYear() + "年度绩效自评",
                    "财政局评审已通过（评审等级" + outcome.grade().label() + "），可公开发布", id);
            notifications.toUnitRole(d.e().unit().getId(), Role.SUBMITTER, Notifications.APPROVED,
                    "财政局评审通过：" + d.e().record().getEvaluationYear() + "年度绩效自评",
                    "评审等级" + outcome.grade().label() + "；评审意见：" + outcome.opinion(), id);
        }
        return evaluationService.current(id);
    }

    /** Returns the task to the submitter; a comment is required and kept with the round. */
    public EvaluationView returnToSubmitter(Actor actor, String taskId, String comment) {
        Decided d = decide(actor, taskId);
        String text = blankToNull(comment);
        if (text == null) {
            throw UseCaseException.unprocessable("COMMENT_REQUIRED", "退回必须填写意见",
                    List.of(ErrorDetail.at("$.comment", "请填写退回意见，说明需要修改的内容")));
        }
        long id = d.e().id();
        int round = d.e().record().getCurrentRound();
        process.complete(d.task(), Decision.RETURN);
        access.advance(d.e().record(), new UpdateWrapper<EvaluationRecord>().set("status", EvaluationStatus.RETURNED.name()));
        record(actor, d, Decision.RETURN, text, null, null);
        audit.record(actor, AuditAction.RETURN, id, round, d.step().label() + "退回：" + text);
        notifications.toUnitRole(d.e().unit().getId(), Role.SUBMITTER, Notifications.RETURN,
                "已退回：" + d.e().record().getEvaluationYear() + "年度绩效自评（第" + round + "轮，" + d.step().label() + "）",
                text, id);
        return evaluationService.current(id);
    }

    // ------------------------------------------------------------------ the publisher

    public EvaluationView publish(Actor actor, long id) {
        LoadedEvaluation e = access.lockVisible(actor, id);
        requirePublisher(actor);
        if (e.is(EvaluationStatus.PUBLISHED)) {
            throw UseCaseException.conflict("ALREADY_PUBLISHED", "该自评已公开发布");
        }
        if (!e.is(EvaluationStatus.APPROVED)) {
            throw UseCaseException.conflict("NOT_APPROVED", "该自评当前为“" + e.status().label() + "”，财政局评审通过后才能发布");
        }
        Task task = openTask(e, Step.PUBLISH);
        if (!process.isCandidate(task.getId(), actor)) {
            throw UseCaseException.forbidden("NOT_TASK_CANDIDATE", "您不是该单位所属财政局的发布人");
        }
        process.complete(task, Decision.PUBLISH);
        LocalDateTime now = LocalDateTime.now(clock);
        access.advance(e.record(), new UpdateWrapper<EvaluationRecord>().set("status", EvaluationStatus.PUBLISHED.name())
                .set("published_at", now));
        record(actor, new Decided(e, task, Step.PUBLISH), Decision.PUBLISH, null, null, null);
        audit.record(actor, AuditAction.PUBLISH, id, e.record().getCurrentRound(), "公开发布");
        String title = "已公开：" + e.unit().getShortName() + e.record().getEvaluationYear() + "年度绩效自评";
        notifications.toUnitRole(e.unit().getId(), Role.SUBMITTER, Notifications.PUBLISH, title, "自评及财政局评审结果已公开发布", id);
        notifications.toUnitRole(e.unit().getId(), Role.INTERNAL_REVIEWER, Notifications.PUBLISH, title, "自评及财政局评审结果已公开发布", id);
        return evaluationService.current(id);
    }

    /** Withdraws a publication, with a reason; the evaluation is approved again and may be republished. */
    public EvaluationView unpublish(Actor actor, long id, String reason) {
        LoadedEvaluation e = access.lockVisible(actor, id);
        requirePublisher(actor);
        String text = blankToNull(reason);
        if (text == null) {
            throw UseCaseException.unprocessable("REASON_REQUIRED", "撤回公开必须说明理由",
                    List.of(ErrorDetail.at("$.reason", "请填写撤回公开的理由")));
        }
        if (!e.is(EvaluationStatus.PUBLISHED)) {
            throw UseCaseException.conflict("NOT_PUBLISHED", "该自评当前为“" + e.status().label() + "”，尚未公开发布");
        }
        if (!actor.isFinanceBureau() || !e.unit().isUnder(actor.unitId())) {
            throw UseCaseException.forbidden("NOT_TASK_CANDIDATE", "您不是该单位所属财政局的发布人");
        }
        process.reopenPublication(e.record().getProcessInstanceId());
        access.advance(e.record(), new UpdateWrapper<EvaluationRecord>().set("status", EvaluationStatus.APPROVED.name())
                .set("published_at", null));
        record(actor, new Decided(e, null, Step.PUBLISH), Decision.UNPUBLISH, text, null, null);
        audit.record(actor, AuditAction.UNPUBLISH, id, e.record().getCurrentRound(), "撤回公开：" + text);
        String title = "已撤回公开：" + e.unit().getShortName() + e.record().getEvaluationYear() + "年度绩效自评";
        notifications.toUnitRole(e.unit().getId(), Role.SUBMITTER, Notifications.PUBLISH, title, text, id);
        return evaluationService.current(id);
    }

    // ------------------------------------------------------------------ helpers

    private record Decided(LoadedEvaluation e, Task task, Step step) {
    }

    /** Finds the task, locks its evaluation, and checks that it is still open, a review, and the actor's to decide. */
    private Decided decide(Actor actor, String taskId) {
        Task found = process.task(taskId).orElseThrow(() -> taskGone(taskId));
        EvaluationRecord byProcess = evaluations.selectOne(new QueryWrapper<EvaluationRecord>()
                .eq("process_instance_id", found.getProcessInstanceId()));
        if (byProcess == null) {
            throw UseCaseException.notFound("TASK_NOT_FOUND", "任务不存在");
        }
        LoadedEvaluation e = access.lockVisible(actor, byProcess.getId());
        Task task = process.task(taskId).orElseThrow(() -> taskGone(taskId));
        Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
        if (!process.isCandidate(taskId, actor)) {
            throw UseCaseException.forbidden("NOT_TASK_CANDIDATE", "您没有处理此任务的权限（" + step.label() + "）");
        }
        if (step != Step.INTERNAL_REVIEW && step != Step.FINANCE_REVIEW) {
            throw UseCaseException.conflict("TASK_NOT_A_REVIEW", "此任务（" + step.label() + "）不能通过或退回");
        }
        if (step == Step.INTERNAL_REVIEW && actor.username().equals(e.record().getSubmittedBy())) {
            throw UseCaseException.forbidden("OWN_SUBMISSION", "第" + e.record().getCurrentRound()
                    + "轮由您本人提交，您不能审核自己提交的自评，请由本单位其他审核人处理");
        }
        return new Decided(e, task, step);
    }

    private UseCaseException taskGone(String taskId) {
        return process.wasHandled(taskId)
                ? UseCaseException.conflict("TASK_ALREADY_HANDLED", "该任务已被他人处理，请刷新后查看最新状态")
                : UseCaseException.notFound("TASK_NOT_FOUND", "任务不存在");
    }

    private Task openTask(LoadedEvaluation e, Step expected) {
        Task task = process.openTask(e.record().getProcessInstanceId()).orElse(null);
        if (task == null || !expected.taskKey().equals(task.getTaskDefinitionKey())) {
            throw UseCaseException.conflict("STATE_CHANGED", "该自评的状态已变化，请刷新后重试");
        }
        return task;
    }

    private ReviewRecord record(Actor actor, Decided d, Decision decision, String comment, String grade,
                                FinanceReview.Outcome outcome) {
        ReviewRecord r = new ReviewRecord();
        r.setEvaluationId(d.e().id());
        r.setRoundNo(d.e().record().getCurrentRound());
        r.setStep(d.step().name());
        r.setDecision(decision.name());
        r.setReviewer(actor.username());
        r.setReviewerUnitId(actor.unitId());
        r.setCommentText(comment);
        r.setReviewGrade(grade);
        r.setReviewTotal(outcome == null ? null : outcome.total());
        r.setTaskId(d.task() == null ? null : d.task().getId());
        r.setCreatedAt(LocalDateTime.now(clock));
        reviews.insert(r);
        return r;
    }

    private static void requirePublisher(Actor actor) {
        if (!actor.has(Role.PUBLISHER)) {
            throw UseCaseException.forbidden("NOT_PUBLISHER", "只有财政局发布人可以发布或撤回公开");
        }
    }

    private static long bureauOf(LoadedEvaluation e) {
        return e.unit().bureauId();
    }

    private static List<ErrorDetail> details(List<Finding> findings) {
        return findings.stream().map(f -> new ErrorDetail(f.fieldPath(), f.code(), f.severity().name(), f.message())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
