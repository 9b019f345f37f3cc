package cn.perfeval.workflow.approval;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.workflow.common.BoundedText;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.evidence.EvidenceFile;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.review.ReviewRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The publisher's moves: publish an approved evaluation; withdraw a publication with a reason (it is approved again). */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class Publication {

    private final EvaluationAccess access;
    private final EvaluationRepository repository;
    private final EvaluationReading reading;
    private final ApprovalProcess process;
    private final ReviewRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvidenceService evidence;

    public Publication(EvaluationAccess access, EvaluationRepository repository, EvaluationReading reading,
                       ApprovalProcess process, ReviewRecords records, ApplicationEventPublisher events, Clock clock,
                       EvidenceService evidence) {
        this.access = access;
        this.repository = repository;
        this.reading = reading;
        this.process = process;
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.evidence = evidence;
    }

    /** Publishes with no evidence made public (every file offered as 可公开 stays internal). */
    public EvaluationView publish(Actor actor, long id) {
        return publish(actor, id, Set.of());
    }

    /**
     * Publishes, having reviewed the evidence the unit offered as 可公开 (保密审查): the files in
     * {@code publicEvidence} become public, the others offered stay internal; see {@link #evidenceToReview}.
     */
    public EvaluationView publish(Actor actor, long id, Set<Long> publicEvidence) {
        StoredEvaluation e = access.lockVisible(actor, id);
        access.require(actor, e, Move.PUBLISH);
        String evidenceReview = evidence.confirmAtPublication(actor, e, publicEvidence);
        ApprovalProcess.OpenTask task = process.require(e.record().getProcessInstanceId(), Step.PUBLISH);
        process.complete(task, Move.PUBLISH);
        e.record().setStatus(Lifecycle.after(e.status(), Move.PUBLISH));
        e.record().setPublishedAt(LocalDateTime.now(clock));
        repository.advance(e);
        records.keep(actor, e.id(), e.round(), Step.PUBLISH, Move.PUBLISH, null, task.taskId(), null);
        events.publishEvent(new EvaluationEvent.Published(actor, e.ref(), evidenceReview));
        return reading.view(e);
    }

    /** The files the publisher reviews before publishing: those the unit marked 可公开. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceToReview(Actor actor, long id) {
        return evidence.offeredForPublication(access.visible(actor, id));
    }

    public EvaluationView unpublish(Actor actor, long id, String reason) {
        StoredEvaluation e = access.lockVisible(actor, id);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        BoundedText.require(Limits.Text.PARAGRAPH, text, "撤回公开的理由", "$.reason");
        if (text == null && actor.has(Role.PUBLISHER)) {
            throw UseCaseException.unprocessable("REASON_REQUIRED", "撤回公开必须说明理由",
                    List.of(ErrorDetail.at("$.reason", "请填写撤回公开的理由")));
        }
        access.require(actor, e, Move.UNPUBLISH);
        process.reopenPublication(e.record().getProcessInstanceId());
        e.record().setStatus(Lifecycle.after(e.status(), Move.UNPUBLISH));
        e.record().setPublishedAt(null);
        evidence.revokeAtUnpublication(e.id());
        repository.advance(e);
        records.keep(actor, e.id(), e.round(), Step.PUBLISH, Move.UNPUBLISH, text, null, null);
        events.publishEvent(new EvaluationEvent.Unpublished(actor, e.ref(), text));
        return reading.view(e);
    }
}
