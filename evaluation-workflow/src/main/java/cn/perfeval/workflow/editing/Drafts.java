package cn.perfeval.workflow.editing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.perfeval.domain.draft.DraftFactory;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.evaluation.UnitRef;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.round.EvaluationRoundMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * New drafts: complete in shape from the template ({@link DraftFactory}), with what the unit's previous year already
 * says carried in (上年决算数, the bureau's review grade), stored with their approval process.
 */
@Component
public class Drafts {

    private final DraftFactory factory = new DraftFactory();
    private final EvaluationRepository repository;
    private final EvaluationDocuments documents;
    private final EvaluationRoundMapper rounds;
    private final ApprovalProcess process;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgDirectory directory;

    public Drafts(EvaluationRepository repository, EvaluationDocuments documents, EvaluationRoundMapper rounds,
                  ApprovalProcess process, ApplicationEventPublisher events, Clock clock, OrgDirectory directory) {
        this.directory = directory;
        this.repository = repository;
        this.documents = documents;
        this.rounds = rounds;
        this.process = process;
        this.events = events;
        this.clock = clock;
    }

    /** The previous year's evaluation as last handed in, or its working copy when it never was. */
    public record PreviousYear(EvaluationRecord record, Evaluation content, boolean submitted) {

        /** Where a carried figure came from, as the editor marks it. */
        String source() {
            return record.getEvaluationYear() + "年度自评" + (submitted ? "" : "（未提交）") + "本年决算数";
        }
    }

    /**
     * Gives the campaign's units their drafts of the year: a unit that already has its evaluation (imported, or started
     * by its submitter) has it attached, never a second one; their evaluations are read in one query.
     */
    void forCampaign(Actor actor, long campaignId, int year, String templateCode, java.util.List<Long> unitIds) {
        Map<Long, EvaluationRecord> existing = new java.util.HashMap<>();
        repository.findOfUnitsInYear(unitIds, year).forEach(e -> existing.put(e.getUnitId(), e));
        for (Long unitId : unitIds) {
            EvaluationRecord e = existing.get(unitId);
            if (e != null) {
                repository.attachToCampaign(e, campaignId);
                continue;
            }
            OrgUnitRecord unit = directory.findUnit(unitId).orElseThrow();
            insert(actor, unit, compose(unit, year, templateCode), campaignId, false);
        }
    }

    /** A new draft of the unit and year on the template, carrying forward what its previous year says. */
    public Evaluation compose(OrgUnitRecord unit, int year, String templateCode) {
        IndicatorTemplate template = documents.templates().require(templateCode);
        Evaluation draft = factory.newDraft(template, new UnitRef(unit.getName(), unit.getShortName(), unit.getUnitType()), year);
        Optional<PreviousYear> previous = previousYear(unit.getId(), year);
        if (previous.isEmpty()) {
            return draft;
        }
        PreviousYear p = previous.get();
        Evaluation carried = factory.withPriorYearFinals(draft, p.content());
        Map<String, String> sources = new LinkedHashMap<>();
        carried.basicData().carried().forEach((path, from) -> sources.put(path, p.source()));
        carried = carried.withBasicData(carried.basicData().withCarried(sources));
        return withPreviousReviewGrade(carried, template, p.record());
    }

    /** The bureau's review grade of the previous year as the input of the indicator that asks for it (2.2.4). */
    public Evaluation withPreviousReviewGrade(Evaluation e, long unitId) {
        EvaluationRecord previous = repository.findByUnitAndYear(unitId, e.year() - 1).orElse(null);
        return previous == null ? e : withPreviousReviewGrade(e, documents.templates().require(e.templateCode()), previous);
    }

    private Evaluation withPreviousReviewGrade(Evaluation e, IndicatorTemplate template, EvaluationRecord previous) {
        if (previous.getReviewGrade() == null) {
            return e;
        }
        return factory.withPreviousReviewGrade(e, template, previous.getEvaluationYear(),
                ReviewGrade.valueOf(previous.getReviewGrade()));
    }

    /** 以上年报告为底稿: the draft's sections with last year's text, marked to be rewritten. */
    public Optional<Evaluation> reportFromPreviousYear(Evaluation draft, long unitId) {
        return previousYear(unitId, draft.year()).map(p -> factory.reportFromPreviousYear(draft, p.content()));
    }

    public Optional<PreviousYear> previousYear(long unitId, int year) {
        return repository.findByUnitAndYear(unitId, year - 1).map(record -> {
            if (record.getCurrentRound() != null && record.getCurrentRound() > 0) {
                Optional<Evaluation> frozen = rounds.find(record.getId(), record.getCurrentRound())
                        .flatMap(r -> readSnapshot(r.getSnapshot()));
                if (frozen.isPresent()) {
                    return new PreviousYear(record, frozen.get(), true);
                }
            }
            return new PreviousYear(record, repository.of(record).content(), false);
        });
    }

    private Optional<Evaluation> readSnapshot(String json) {
        try {
            return Optional.of(documents.parse(json));
        } catch (UseCaseException unreadable) {
            return Optional.empty();
        }
    }

    /** Stores a new draft with its process instance (its 填报 task) and announces it. */
    public StoredEvaluation insert(Actor actor, OrgUnitRecord unit, Evaluation content, Long campaignId, boolean imported) {
        LocalDateTime now = LocalDateTime.now(clock);
        EvaluationRecord record = new EvaluationRecord();
        record.setCampaignId(campaignId);
        record.setUnitId(unit.getId());
        record.setBureauId(unit.bureauId());
        record.setEvaluationYear(content.year());
        record.setTemplateCode(content.templateCode());
        record.setStatus(EvaluationStatus.DRAFT);
        record.setCurrentRound(0);
        record.setCreatedBy(actor.username());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setVersion(0);
        // the process's id is chosen first, so the row is inserted with it and never updated for it
        record.setProcessInstanceId(process.newProcessInstanceId());
        StoredEvaluation e = repository.insert(record, unit, content, actor.username());
        process.start(record.getId(), unit, record.getProcessInstanceId());
        events.publishEvent(new EvaluationEvent.DraftCreated(actor, e.ref(), imported));
        return e;
    }
}
