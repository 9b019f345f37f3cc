package cn.perfeval.workflow.editing;

import java.util.List;
import java.util.Optional;

import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.Move;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.workflow.campaign.CampaignCache;
import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.campaign.CampaignRecord;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.evaluation.EvaluationAccess;
import cn.perfeval.workflow.evaluation.EvaluationDocuments;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.evaluation.EvaluationRepository;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.evaluation.Part;
import cn.perfeval.workflow.evaluation.StoredEvaluation;
import cn.perfeval.workflow.event.EvaluationEvent;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working copy: create a draft, import a whole document, save each attachment. Edits are the unit submitter's,
 * while the lifecycle allows them, guarded by the row's version.
 */
@Service
@Transactional
public class EvaluationEditing {

    private final EvaluationRepository repository;
    private final EvaluationAccess access;
    private final EvaluationDocuments documents;
    private final EvaluationReading reading;
    private final CampaignMapper campaigns;
    private final CampaignCache campaignCache;
    private final Drafts drafts;
    private final OrgDirectory directory;
    private final ApplicationEventPublisher events;

    public EvaluationEditing(EvaluationRepository repository, EvaluationAccess access, EvaluationDocuments documents,
                             EvaluationReading reading, CampaignMapper campaigns, CampaignCache campaignCache,
                             Drafts drafts, OrgDirectory directory, ApplicationEventPublisher events) {
        this.campaignCache = campaignCache;
        this.repository = repository;
        this.access = access;
        this.documents = documents;
        this.reading = reading;
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.directory = directory;
        this.events = events;
    }

    /** A new draft for the caller's unit in the open campaign that includes it (or the one named). */
    public EvaluationView createDraft(Actor actor, Long campaignId) {
        requireSubmitter(actor);
        OrgUnitRecord unit = directory.findUnit(actor.unitId()).orElseThrow();
        CampaignRecord campaign = openCampaignFor(unit.getId(), campaignId).orElseThrow(() -> UseCaseException.conflict(
                "NO_OPEN_CAMPAIGN", "本单位当前没有需要填报的评价任务"));
        repository.findByUnitAndYear(unit.getId(), campaign.getCampaignYear()).ifPresent(existing -> {
            throw UseCaseException.conflict("EVALUATION_EXISTS", "本单位" + campaign.getCampaignYear() + "年度的自评已存在");
        });
        Evaluation content = drafts.compose(unit, campaign.getCampaignYear(), campaign.getTemplateCode());
        StoredEvaluation created = drafts.insert(actor, unit, content, campaign.getId(), false);
        return reading.view(created);
    }

    public record ImportResult(long id, boolean created, int version) {
    }

    /** Imports a document expected to be new: replacing an existing draft needs the version read (428 without). */
    public ImportResult importDocument(Actor actor, String json) {
        return importDocument(actor, json, null);
    }

    /**
     * Imports a whole evaluation for the caller's own unit: a new draft, or a new version of the unit's draft for that
     * year while it may be edited, when the caller gives the version it read (like a save: 428 without, 409 when
     * someone changed it since). Every problem of the document is reported and nothing is stored.
     */
    public ImportResult importDocument(Actor actor, String json, Integer expectedVersion) {
        requireSubmitter(actor);
        Evaluation imported = documents.parse(json);
        OrgUnitRecord unit = directory.findUnit(actor.unitId()).orElseThrow();
        String name = imported.unit().name();
        if (!name.equals(unit.getName()) && !name.equals(unit.getShortName())) {
            throw UseCaseException.invalid("UNIT_MISMATCH", "只能导入本单位的自评",
                    List.of(ErrorDetail.at("$.unit.name", "文档的单位“" + name + "”不是您所在的单位“" + unit.getName() + "”")));
        }
        Evaluation content = drafts.withPreviousReviewGrade(EvaluationDocuments.withUnit(imported, unit), unit.getId());
        Optional<EvaluationRecord> existing = repository.findByUnitAndYear(unit.getId(), imported.year());
        if (existing.isEmpty()) {
            requireYearOfACampaign(imported.year());
            // a past year without an open campaign (most imports) asks no campaign table; a large campaign whose drafts
            // are still being made in the background takes the import as the unit's draft and attaches it
            Long campaignId = !campaignCache.anyOpenOfYear(imported.year()) ? null : campaigns.openFor(unit.getId()).stream()
                    .filter(c -> c.getCampaignYear() == imported.year()).map(CampaignRecord::getId).findFirst().orElse(null);
            StoredEvaluation created = drafts.insert(actor, unit, content, campaignId, true);
            return new ImportResult(created.id(), true, created.record().getVersion());
        }
        StoredEvaluation e = access.lockVisible(actor, existing.get().getId());
        if (!e.record().getTemplateCode().equals(imported.templateCode())) {
            throw UseCaseException.invalid("TEMPLATE_MISMATCH", "文档的指标模板与本年度自评不同",
                    List.of(ErrorDetail.at("$.templateCode", "应为“" + e.record().getTemplateCode() + "”")));
        }
        access.require(actor, e, Move.EDIT);
        EvaluationAccess.requireVersion(e, expectedVersion);
        storeAndAdvance(actor, e, content);
        events.publishEvent(new EvaluationEvent.DraftReplaced(actor, e.ref()));
        return new ImportResult(e.id(), false, e.record().getVersion());
    }

    /**
     * 以上年报告为底稿: every section of 附件3 takes the text of last year's report, marked as a draft to rewrite, in
     * one save. Refused when the unit has no evaluation of the year before.
     */
    public StoredEvaluation reportFromPreviousYear(Actor actor, long id, Integer expectedVersion) {
        StoredEvaluation e = access.lockVisible(actor, id);
        access.require(actor, e, Move.EDIT);
        EvaluationAccess.requireVersion(e, expectedVersion);
        Evaluation content = drafts.reportFromPreviousYear(e.content(), e.record().getUnitId())
                .orElseThrow(() -> UseCaseException.conflict("NO_PREVIOUS_YEAR",
                        "本单位没有" + (e.content().year() - 1) + "年度的自评，无法以上年报告为底稿"));
        storeAndAdvance(actor, e, content);
        events.publishEvent(new EvaluationEvent.Changed(actor, e.ref(), "以上年报告为底稿"));
        return e;
    }

    /** Saves one attachment (its interchange subtree) of an editable evaluation; the answer reads as saved. */
    public StoredEvaluation savePart(Actor actor, long id, Part part, String json, Integer expectedVersion) {
        StoredEvaluation e = access.lockVisible(actor, id);
        access.require(actor, e, Move.EDIT);
        EvaluationAccess.requireVersion(e, expectedVersion);
        storeAndAdvance(actor, e, repository.withPart(e, part, json));
        events.publishEvent(new EvaluationEvent.Changed(actor, e.ref(), "保存" + part.label()));
        return e;
    }

    void storeAndAdvance(Actor actor, StoredEvaluation e, Evaluation content) {
        repository.store(e, content, actor.username());
        ScoreResult score = e.score();
        e.record().setSelfTotal(score.shownTotal());
        e.record().setSelfGrade(score.shownGrade());
        repository.advance(e);
    }

    /** The open campaign (the named one, or the latest) that includes the unit. */
    private Optional<CampaignRecord> openCampaignFor(long unitId, Long campaignId) {
        return campaigns.openFor(unitId).stream().filter(c -> campaignId == null || c.getId().equals(campaignId)).findFirst();
    }

    /** A unit may bring in past years (last year's figures carry over), but not a year no campaign has reached. */
    private void requireYearOfACampaign(int year) {
        int thisYear = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
        if (year > thisYear && campaigns.countOfYear(year) == 0) {
            throw UseCaseException.invalid("YEAR_WITHOUT_CAMPAIGN", "年度" + year + "晚于今年，且财政局尚未发起该年度的评价任务",
                    List.of(ErrorDetail.at("$.year", "年度应不晚于" + thisYear + "年，或为已发起评价任务的年度")));
        }
    }

    private static void requireSubmitter(Actor actor) {
        if (!actor.has(Role.SUBMITTER)) {
            throw UseCaseException.forbidden("NOT_SUBMITTER", "只有填报人可以创建或导入自评");
        }
    }
}
