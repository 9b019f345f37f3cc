package cn.perfeval.workflow.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.perfeval.domain.checks.ConsistencyChecker;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.InputValue;
import cn.perfeval.domain.evaluation.ReviewGrade;
import cn.perfeval.domain.evaluation.ScoreSheet;
import cn.perfeval.domain.scoring.ScoreResult;
import cn.perfeval.domain.scoring.ScoringEngine;
import cn.perfeval.domain.template.Indicator;
import cn.perfeval.domain.template.IndicatorTemplate;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.common.Refusal;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.persistence.CampaignMapper;
import cn.perfeval.workflow.persistence.CampaignRecord;
import cn.perfeval.workflow.persistence.CampaignUnitMapper;
import cn.perfeval.workflow.persistence.CampaignUnitRecord;
import cn.perfeval.workflow.persistence.EvaluationMapper;
import cn.perfeval.workflow.persistence.EvaluationRecord;
import cn.perfeval.workflow.persistence.ReviewRecord;
import cn.perfeval.workflow.persistence.ReviewRecordMapper;
import cn.perfeval.workflow.persistence.ReviewScoreMapper;
import cn.perfeval.workflow.persistence.ReviewScoreRecord;
import cn.perfeval.workflow.process.ApprovalProcess;
import cn.perfeval.workflow.process.Step;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working copy of an evaluation: create a draft, import a whole document, save each attachment, and read it back
 * scored and checked. Edits are the unit submitter's, in DRAFT or RETURNED only, guarded by the row's version.
 */
@Service
public class EvaluationService {

    /** The template input that carries the bureau's review grade of the previous year (indicator 2.2.4 in yuhua-2020). */
    static final String PREVIOUS_GRADE_INPUT = "previousReviewGrade";
    static final String PREVIOUS_GRADE_SOURCE_INPUT = "previousReviewGradeSource";

    private final EvaluationMapper evaluations;
    private final CampaignMapper campaigns;
    private final CampaignUnitMapper campaignUnits;
    private final ReviewRecordMapper reviews;
    private final ReviewScoreMapper reviewScores;
    private final EvaluationDocuments documents;
    private final EvaluationAccess access;
    private final ApprovalProcess process;
    private final OrgDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final ScoringEngine scoring = new ScoringEngine();
    private final ConsistencyChecker checker = new ConsistencyChecker();

    public EvaluationService(EvaluationMapper evaluations, CampaignMapper campaigns, CampaignUnitMapper campaignUnits,
                             ReviewRecordMapper reviews, ReviewScoreMapper reviewScores, EvaluationDocuments documents,
                             EvaluationAccess access, ApprovalProcess process, OrgDirectory directory, AuditTrail audit,
                             Clock clock) {
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.reviews = reviews;
        this.reviewScores = reviewScores;
        this.documents = documents;
        this.access = access;
        this.process = process;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ create and import

    /** A new draft for the caller's unit in the open campaign that includes it (or the one named). */
    @Transactional
    public EvaluationView createDraft(Actor actor, Long campaignId) {
        requireSubmitter(actor);
        OrgUnitRecord unit = directory.findUnit(actor.unitId()).orElseThrow();
        CampaignRecord campaign = openCampaignFor(unit.getId(), campaignId).orElseThrow(() -> UseCaseException.conflict(
                "NO_OPEN_CAMPAIGN", "本单位当前没有需要填报的评价任务"));
        EvaluationRecord existing = findByUnitAndYear(unit.getId(), campaign.getCampaignYear());
        if (existing != null) {
            throw UseCaseException.conflict("EVALUATION_EXISTS",
                    "本单位" + campaign.getCampaignYear() + "年度的自评已存在（编号 " + existing.getId() + "）");
        }
        Evaluation content = withPreviousReviewGrade(
                documents.empty(unit, campaign.getCampaignYear(), campaign.getTemplateCode()), unit.getId());
        EvaluationRecord record = insertDraft(actor, unit, content, campaign.getId(), AuditAction.CREATE, "创建草稿");
        return EvaluationView.of(record, unit, openTask(record));
    }

    public record ImportResult(long id, boolean created, int version) {
    }

    /**
     * Imports a whole evaluation for the caller's own unit: a new draft, or a new version of the unit's draft for that
     * year while it is DRAFT or RETURNED. Every problem of the document is reported and nothing is stored.
     */
    @Transactional
    public ImportResult importDocument(Actor actor, String json) {
        requireSubmitter(actor);
        Evaluation imported = documents.parse(json);
        OrgUnitRecord unit = directory.findUnit(actor.unitId()).orElseThrow();
        String name = imported.unit().name();
        if (!name.equals(unit.getName()) && !name.equals(unit.getShortName())) {
            throw UseCaseException.invalid("UNIT_MISMATCH", "只能导入本单位的自评",
                    List.of(ErrorDetail.at("$.unit.name", "文档的单位“" + name + "”不是您所在的单位“" + unit.getName() + "”")));
        }
        Evaluation content = withPreviousReviewGrade(EvaluationDocuments.withUnit(imported, unit), unit.getId());
        EvaluationRecord existing = findByUnitAndYear(unit.getId(), imported.year());
        if (existing == null) {
            Long campaignId = openCampaignFor(unit.getId(), null)
                    .filter(c -> c.getCampaignYear() == imported.year()).map(CampaignRecord::getId).orElse(null);
            EvaluationRecord record = insertDraft(actor, unit, content, campaignId, AuditAction.IMPORT, "导入创建草稿");
            return new ImportResult(record.getId(), true, record.getVersion());
        }
        LoadedEvaluation loaded = access.lockVisible(actor, existing.getId());
        if (!loaded.record().getTemplateCode().equals(imported.templateCode())) {
            throw UseCaseException.invalid("TEMPLATE_MISMATCH", "文档的指标模板与本年度自评不同",
                    List.of(ErrorDetail.at("$.templateCode", "应为“" + loaded.record().getTemplateCode() + "”")));
        }
        EvaluationAccess.requireEditableState(loaded);
        documents.store(loaded.id(), content, actor.username());
        updateSelfTotals(loaded, content, new UpdateWrapper<>());
        audit.record(actor, AuditAction.IMPORT, loaded.id(), loaded.record().getCurrentRound(),
                "导入新版本，覆盖草稿内容（版本 " + loaded.record().getVersion() + "）");
        return new ImportResult(loaded.id(), false, loaded.record().getVersion());
    }

    private EvaluationRecord insertDraft(Actor actor, OrgUnitRecord unit, Evaluation content, Long campaignId,
                                         AuditAction action, String detail) {
        IndicatorTemplate template = documents.templates().require(content.templateCode());
        ScoreResult score = scoring.score(content, template);
        LocalDateTime now = LocalDateTime.now(clock);
        EvaluationRecord record = new EvaluationRecord();
        record.setCampaignId(campaignId);
        record.setUnitId(unit.getId());
        record.setEvaluationYear(content.year());
        record.setTemplateCode(content.templateCode());
        record.setStatus(EvaluationStatus.DRAFT.name());
        record.setCurrentRound(0);
        record.setSelfTotal(score.total());
        record.setSelfGrade(score.grade() == null ? null : score.grade().label());
        record.setCreatedBy(actor.username());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setVersion(0);
        evaluations.insert(record);
        documents.store(record.getId(), content, actor.username());
        String processInstanceId = process.start(record.getId(), unit);
        evaluations.update(null, new UpdateWrapper<EvaluationRecord>().eq("id", record.getId())
                .set("process_instance_id", processInstanceId));
        record.setProcessInstanceId(processInstanceId);
        audit.record(actor, action, record.getId(), 0, detail);
        return record;
    }

    // ------------------------------------------------------------------ edits

    /** Saves one attachment (its interchange subtree) of a draft or returned evaluation. */
    @Transactional
    public EvaluationView savePart(Actor actor, long id, Part part, String json, Integer expectedVersion) {
        LoadedEvaluation loaded = access.lockVisible(actor, id);
        access.requireEditable(actor, loaded);
        if (expectedVersion == null) {
            // Without the version the caller read, a save could silently overwrite a colleague's changes.
            throw new UseCaseException(Refusal.PRECONDITION_REQUIRED, "VERSION_REQUIRED",
                    "请带上读取时的版本号（?version= 或 If-Match 请求头），以免覆盖他人在此期间的修改");
        }
        EvaluationAccess.requireVersion(loaded, expectedVersion);
        Evaluation content = documents.replacePart(loaded.record(), loaded.unit(), part, json);
        documents.store(id, content, actor.username());
        updateSelfTotals(loaded, content, new UpdateWrapper<>());
        audit.record(actor, AuditAction.SAVE, id, loaded.record().getCurrentRound(), "保存" + part.label());
        return EvaluationView.of(loaded.record(), loaded.unit(), openTask(loaded.record()));
    }

    private void updateSelfTotals(LoadedEvaluation loaded, Evaluation content, UpdateWrapper<EvaluationRecord> changes) {
        ScoreResult score = scoring.score(content, documents.templates().require(content.templateCode()));
        String grade = score.grade() == null ? null : score.grade().label();
        access.advance(loaded.record(), changes.set("self_total", score.total()).set("self_grade", grade));
        loaded.record().setSelfTotal(score.total());
        loaded.record().setSelfGrade(grade);
    }

    // ------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public EvaluationView view(Actor actor, long id) {
        LoadedEvaluation loaded = access.visible(actor, id);
        return EvaluationView.of(loaded.record(), loaded.unit(), openTask(loaded.record()));
    }

    /** What the caller may see, filtered by year, status and unit. */
    @Transactional(readOnly = true)
    public List<EvaluationView> list(Actor actor, Integer year, String status, Long unitId) {
        List<Long> visible = access.visibleUnitIds(actor);
        if (unitId != null && !visible.contains(unitId)) {
            return List.of();
        }
        QueryWrapper<EvaluationRecord> query = new QueryWrapper<EvaluationRecord>()
                .in("unit_id", unitId == null ? visible : List.of(unitId));
        if (actor.isFinanceBureau()) {
            query.gt("current_round", 0);
        }
        if (year != null) {
            query.eq("evaluation_year", year);
        }
        if (status != null && !status.isBlank()) {
            query.eq("status", status);
        }
        return views(evaluations.selectList(query.orderByDesc("evaluation_year").orderByAsc("unit_id")));
    }

    /** Published evaluations, for the public pages (no login). */
    @Transactional(readOnly = true)
    public List<EvaluationView> published(Integer year) {
        QueryWrapper<EvaluationRecord> query = new QueryWrapper<EvaluationRecord>()
                .eq("status", EvaluationStatus.PUBLISHED.name());
        if (year != null) {
            query.eq("evaluation_year", year);
        }
        return views(evaluations.selectList(query.orderByDesc("evaluation_year").orderByAsc("unit_id"))).stream()
                .map(EvaluationView::withoutStaffNames).toList();
    }

    public record PublicEvaluation(EvaluationView evaluation, Object document, ScoreSheetView scoreSheet) {
    }

    /** One published evaluation with its three attachments and the bureau's review; anything else is not found. */
    @Transactional(readOnly = true)
    public PublicEvaluation publicEvaluation(long id) {
        LoadedEvaluation loaded = access.published(id);
        EvaluationRecord record = loaded.record();
        OrgUnitRecord unit = loaded.unit();
        return new PublicEvaluation(EvaluationView.of(record, unit, null).withoutStaffNames(),
                documents.document(record, unit),
                scoreSheetOf(loaded));
    }

    @Transactional(readOnly = true)
    public ScoreSheetView scoreSheet(Actor actor, long id) {
        return scoreSheetOf(access.visible(actor, id));
    }

    @Transactional(readOnly = true)
    public List<CheckView> checks(Actor actor, long id) {
        LoadedEvaluation loaded = access.visible(actor, id);
        Evaluation e = documents.load(loaded.record(), loaded.unit());
        return checker.check(e, documents.templates().require(e.templateCode())).stream().map(CheckView::of).toList();
    }

    /** The working copy as the interchange document (the fixture's format). */
    @Transactional(readOnly = true)
    public String export(Actor actor, long id) {
        LoadedEvaluation loaded = access.visible(actor, id);
        return documents.write(documents.load(loaded.record(), loaded.unit()));
    }

    /** What the score sheet and the report are made from: the working copy, loaded and scored once. */
    public record ReportSource(LoadedEvaluation loaded, Evaluation evaluation, IndicatorTemplate template,
                               ScoreResult score, Map<String, ReviewScoreRecord> reviewScores) {
    }

    /** For whoever may read the evaluation. */
    @Transactional(readOnly = true)
    public ReportSource reportSource(Actor actor, long id) {
        return source(access.visible(actor, id));
    }

    /** For the public: only what is published exists. */
    @Transactional(readOnly = true)
    public ReportSource publishedReportSource(long id) {
        return source(access.published(id));
    }

    private ReportSource source(LoadedEvaluation loaded) {
        Evaluation e = documents.load(loaded.record(), loaded.unit());
        IndicatorTemplate template = documents.templates().require(e.templateCode());
        return new ReportSource(loaded, e, template, scoring.score(e, template), latestReviewScores(loaded.id()));
    }

    private ScoreSheetView scoreSheetOf(LoadedEvaluation loaded) {
        ReportSource source = source(loaded);
        Evaluation e = source.evaluation();
        ScoreResult result = source.score();
        Map<String, ReviewScoreRecord> review = source.reviewScores();
        Map<String, ScoreSheetView.Indicator> indicators = new LinkedHashMap<>();
        result.indicators().forEach(i -> {
            ReviewScoreRecord r = review.get(i.code());
            indicators.put(i.code(), new ScoreSheetView.Indicator(i.code(), i.name(), i.weight(), i.selfScore(),
                    i.computedScore(), i.reason(), i.flagged(), i.summary(),
                    i.parts().stream().map(p -> new ScoreSheetView.PartView(p.label(), p.name(), p.computedScore(),
                            p.explanation())).toList(),
                    r == null ? null : r.getScore(), r == null ? null : r.getReason()));
        });
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        source.template().indicators().forEach(top ->
                totals.put(top.code(), result.levelTotal(top.code()).orElse(BigDecimal.ZERO)));
        String reviewGrade = loaded.record().getReviewGrade();
        return new ScoreSheetView(loaded.id(), e.templateCode(), indicators, totals, result.total(),
                result.grade() == null ? null : result.grade().label(), result.gradeNote(),
                loaded.record().getReviewTotal(), reviewGrade == null ? null : ReviewGrade.valueOf(reviewGrade).label());
    }

    /** The scores of the latest finance approval, if the bureau has reviewed this evaluation. */
    private Map<String, ReviewScoreRecord> latestReviewScores(long evaluationId) {
        ReviewRecord latest = reviews.selectOne(new QueryWrapper<ReviewRecord>().eq("evaluation_id", evaluationId)
                .eq("step", Step.FINANCE_REVIEW.name()).eq("decision", "APPROVE").orderByDesc("id").last("LIMIT 1"));
        if (latest == null) {
            return Map.of();
        }
        return reviewScores.selectList(new QueryWrapper<ReviewScoreRecord>().eq("review_record_id", latest.getId()))
                .stream().collect(Collectors.toMap(ReviewScoreRecord::getIndicatorCode, Function.identity()));
    }

    // ------------------------------------------------------------------ helpers

    private List<EvaluationView> views(List<EvaluationRecord> records) {
        Map<Long, OrgUnitRecord> units = directory.allUnits().stream()
                .collect(Collectors.toMap(OrgUnitRecord::getId, Function.identity()));
        return records.stream().map(r -> EvaluationView.of(r, units.get(r.getUnitId()), null)).toList();
    }

    /** The evaluation as it now stands in the database, with its open task. */
    public EvaluationView current(long id) {
        EvaluationRecord record = evaluations.selectById(id);
        return EvaluationView.of(record, directory.findUnit(record.getUnitId()).orElseThrow(), openTask(record));
    }

    EvaluationView.OpenTask openTask(EvaluationRecord record) {
        if (record.getProcessInstanceId() == null) {
            return null;
        }
        Optional<Task> task = process.openTask(record.getProcessInstanceId());
        return task.map(t -> new EvaluationView.OpenTask(t.getId(), Step.ofTaskKey(t.getTaskDefinitionKey())
                .map(Step::name).orElse(t.getTaskDefinitionKey()), t.getName(),
                LocalDateTime.ofInstant(t.getCreateTime().toInstant(), zone()))).orElse(null);
    }

    private static ZoneId zone() {
        return PersistenceConfiguration.ZONE;
    }

    private EvaluationRecord findByUnitAndYear(long unitId, int year) {
        return evaluations.selectOne(new QueryWrapper<EvaluationRecord>().eq("unit_id", unitId).eq("evaluation_year", year));
    }

    /** The open campaign (the named one, or the latest) that includes the unit. */
    private Optional<CampaignRecord> openCampaignFor(long unitId, Long campaignId) {
        List<Long> ids = campaignUnits.selectList(new QueryWrapper<CampaignUnitRecord>().eq("unit_id", unitId))
                .stream().map(CampaignUnitRecord::getCampaignId).toList();
        if (ids.isEmpty() || campaignId != null && !ids.contains(campaignId)) {
            return Optional.empty();
        }
        return campaigns.selectList(new QueryWrapper<CampaignRecord>().in("id", campaignId == null ? ids : List.of(campaignId))
                        .eq("status", "OPEN")).stream()
                .max(Comparator.comparing(CampaignRecord::getCampaignYear).thenComparing(CampaignRecord::getId));
    }

    private static void requireSubmitter(Actor actor) {
        if (!actor.has(Role.SUBMITTER)) {
            throw UseCaseException.forbidden("NOT_SUBMITTER", "只有填报人可以创建或导入自评");
        }
    }

    /**
     * The bureau's review grade of the unit's previous-year evaluation, when it was reviewed in the platform, becomes
     * the input of the indicator that asks for it, with its source.
     */
    Evaluation withPreviousReviewGrade(Evaluation e, long unitId) {
        EvaluationRecord previous = findByUnitAndYear(unitId, e.year() - 1);
        if (previous == null || previous.getReviewGrade() == null) {
            return e;
        }
        IndicatorTemplate template = documents.templates().require(e.templateCode());
        Optional<Indicator> leaf = template.leaves().stream()
                .filter(l -> l.rule() != null && l.rule().input(PREVIOUS_GRADE_INPUT).isPresent()).findFirst();
        if (leaf.isEmpty()) {
            return e;
        }
        String label = ReviewGrade.valueOf(previous.getReviewGrade()).label();
        ScoreSheet sheet = e.scoreSheet().withInput(leaf.get().code(), PREVIOUS_GRADE_INPUT, new InputValue.Text(label));
        if (leaf.get().rule().input(PREVIOUS_GRADE_SOURCE_INPUT).isPresent()) {
            sheet = sheet.withInput(leaf.get().code(), PREVIOUS_GRADE_SOURCE_INPUT,
                    new InputValue.Text(previous.getEvaluationYear() + "年度财政局评审等级 " + label));
        }
        return e.withScoreSheet(sheet);
    }
}
