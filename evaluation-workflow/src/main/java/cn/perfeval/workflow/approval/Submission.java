package cn.perfeval.workflow.approval;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.checks.Finding;
import cn.perfeval.domain.checks.Severity;
import cn.perfeval.domain.common.Json;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.CheckView;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.round.EvaluationRoundMapper;
import cn.perfeval.workflow.round.EvaluationRoundRecord;
import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.campaign.CampaignRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitter's moves: submit (the checks run; errors block, warnings must be acknowledged; the three attachments are
 * frozen as round n) and withdraw while the internal review has not acted. Row and task change in one transaction.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class Submission {

    private final EvaluationAccess access;
    private final EvaluationRepository repository;
    private final EvaluationDocuments documents;
    private final EvaluationReading reading;
    private final EvaluationRoundMapper rounds;
    private final ApprovalProcess process;
    private final ApplicationEventPublisher events;
    private final CampaignMapper campaigns;
    private final Clock clock;

    public Submission(EvaluationAccess access, EvaluationRepository repository, EvaluationDocuments documents,
                      EvaluationReading reading, EvaluationRoundMapper rounds, ApprovalProcess process,
                      ApplicationEventPublisher events, CampaignMapper campaigns, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.documents = documents;
        this.reading = reading;
        this.rounds = rounds;
        this.process = process;
        this.events = events;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public EvaluationView submit(Actor actor, long id, Set<String> acknowledgedWarnings, Integer expectedVersion) {
        StoredEvaluation e = access.lockVisible(actor, id);
        access.require(actor, e, Move.SUBMIT);
        EvaluationAccess.requireUnchanged(e, expectedVersion);
        requireCampaignOpen(e);
        List<Finding> findings = e.findings();
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
                    "一致性检查有" + unacknowledged.size() + "处提醒，请逐条确认后再提交", details(unacknowledged));
        }
        ApprovalProcess.OpenTask task = process.require(e.record().getProcessInstanceId(), Step.FILL_IN);
        Set<String> warnings = new LinkedHashSet<>();
        findings.stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> warnings.add(f.code()));
        int round = e.round() + 1;
        LocalDateTime now = LocalDateTime.now(clock);
        ScoreResult score = e.score();
        freeze(e, round, findings, warnings, actor, now);
        process.complete(task, Move.SUBMIT);
        EvaluationRecord r = e.record();
        r.setStatus(Lifecycle.after(e.status(), Move.SUBMIT));
        r.setCurrentRound(round);
        r.setSubmittedBy(actor.username());
        r.setSubmittedAt(now);
        r.setSelfTotal(score.total());
        r.setSelfGrade(score.grade() == null ? null : score.grade().label());
        repository.advance(e);
        events.publishEvent(new EvaluationEvent.Submitted(actor, e.ref(), warnings));
        return reading.view(e);
    }

    /** A closed campaign takes no new submission until the bureau reopens it. */
    private void requireCampaignOpen(StoredEvaluation e) {
        Long campaignId = e.record().getCampaignId();
        CampaignRecord campaign = campaignId == null ? null : campaigns.selectById(campaignId);
        if (campaign != null && campaign.isClosed()) {
            throw UseCaseException.conflict("CAMPAIGN_CLOSED", "评价任务“" + campaign.getName()
                    + "”已关闭，不再接收提交；如需提交请联系财政局重新开放");
        }
    }

    /** The submitter takes a submission back while the internal review has not acted on it. */
    public EvaluationView withdraw(Actor actor, long id) {
        StoredEvaluation e = access.lockVisible(actor, id);
        access.require(actor, e, Move.WITHDRAW);
        process.complete(process.require(e.record().getProcessInstanceId(), Step.INTERNAL_REVIEW), Move.WITHDRAW);
        e.record().setStatus(Lifecycle.after(e.status(), Move.WITHDRAW));
        repository.advance(e);
        events.publishEvent(new EvaluationEvent.Withdrawn(actor, e.ref()));
        return reading.view(e);
    }

    private void freeze(StoredEvaluation e, int round, List<Finding> findings, Set<String> warnings, Actor actor,
                        LocalDateTime now) {
        EvaluationRoundRecord snapshot = new EvaluationRoundRecord();
        snapshot.setEvaluationId(e.id());
        snapshot.setRoundNo(round);
        snapshot.setSnapshot(documents.write(e.content()));
        snapshot.setFindings(Json.MAPPER.writeValueAsString(findings.stream().map(CheckView::of).toList()));
        snapshot.setAcknowledgedWarnings(Json.MAPPER.writeValueAsString(warnings));
        snapshot.setSelfTotal(e.score().total());
        snapshot.setSubmittedBy(actor.username());
        snapshot.setSubmittedAt(now);
        rounds.insert(snapshot);
    }

    static List<ErrorDetail> details(List<Finding> findings) {
        return findings.stream().map(f -> new ErrorDetail(f.fieldPath(), f.code(), f.severity().name(), f.message())).toList();
    }
}
