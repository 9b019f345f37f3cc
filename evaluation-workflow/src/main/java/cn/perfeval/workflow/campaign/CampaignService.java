package cn.perfeval.workflow.campaign;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Columns;
import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.KeptCounts;
import cn.perfeval.workflow.common.Likes;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.domain.common.Limits;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.UseCaseException;
import cn.perfeval.workflow.config.PersistenceConfiguration;
import cn.perfeval.workflow.notification.Notifications;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.campaign.CampaignRecord;
import cn.perfeval.workflow.campaign.CampaignUnitMapper;
import cn.perfeval.workflow.campaign.CampaignUnitMapper.Outstanding;
import cn.perfeval.workflow.campaign.CampaignUnitRecord;
import cn.perfeval.workflow.evaluation.EvaluationMapper;
import cn.perfeval.workflow.evaluation.EvaluationRecord;
import cn.perfeval.workflow.template.StoredTemplateRegistry;
import org.flowable.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's yearly call (评价任务): opened with a deadline whose reminder and overdue mark are Flowable timers;
 * a board of where each unit stands; reminders (催报) to the units' submitters.
 */
@Service
public class CampaignService {

    public static final String PROCESS_KEY = "campaignDeadlines";

    private final CampaignMapper campaigns;
    private final CampaignUnitMapper campaignUnits;
    private final EvaluationMapper evaluations;
    private final OrgDirectory directory;
    private final StoredTemplateRegistry templates;
    private final RuntimeService runtime;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CampaignCache cache;
    private final KeptCounts counts;

    public CampaignService(CampaignMapper campaigns, CampaignUnitMapper campaignUnits, EvaluationMapper evaluations,
                           OrgDirectory directory, StoredTemplateRegistry templates, RuntimeService runtime,
                           Notifications notifications, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                           CampaignCache cache, KeptCounts counts) {
        this.cache = cache;
        this.counts = counts;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.evaluations = evaluations;
        this.directory = directory;
        this.templates = templates;
        this.runtime = runtime;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param reminderDays days before the deadline that the reminder goes out; null → 3
     * @param allUnits     true: every enabled unit under the bureau (全部下属单位), chosen in SQL; then no unitIds
     */
    public record OpenCampaign(Integer year, String name, String templateCode, LocalDateTime deadline,
                               Integer reminderDays, List<Long> unitIds, Boolean allUnits) {

        public OpenCampaign(Integer year, String name, String templateCode, LocalDateTime deadline,
                            Integer reminderDays, List<Long> unitIds) {
            this(year, name, templateCode, deadline, reminderDays, unitIds, null);
        }

        public boolean everyUnit() {
            return Boolean.TRUE.equals(allUnits);
        }
    }

    /** A unit under the bureau as the campaign form offers it; {@code inCampaign}: the campaign asked already asks it. */
    public record UnitChoice(long id, String name, String shortName, boolean inCampaign) {
    }

    public record CampaignView(long id, int year, String name, String templateCode, LocalDateTime deadline,
                               int reminderDays, String status, String statusLabel, boolean closed, String createdBy,
                               LocalDateTime createdAt, long unitCount) {
    }

    public record BoardRow(long unitId, String unitName, Long evaluationId, String status, String stage,
                           String stageLabel, boolean overdue, Integer round, LocalDateTime remindedAt) {
    }

    /**
     * A campaign's board in the list shape: one page of its units as {@code items}, the counts over all of them;
     * {@code draftsPending}: units whose draft is still being made in the background (已生成 x / y 个单位的草稿).
     */
    public record Board(CampaignView campaign, List<BoardRow> items, long total, int page, int size,
                        Map<String, Long> counts, long draftsPending) {

        /** The units whose draft exists (or which were attached their evaluation). */
        public long draftsMade() {
            return total - draftsPending;
        }

        /** The units shown (this page's). */
        public List<BoardRow> units() {
            return items;
        }
    }

    /**
     * How many units were reminded and notices sent: a count, not the units, whose number grows with the campaign
     * (the board shows each unit's last reminder).
     */
    public record Reminded(long campaignId, int units, int notifications) {
    }

    /** The deadline's timer lives in Flowable's ACT_RU_TIMER_JOB, a TIMESTAMP on MySQL/MariaDB: it ends in January 2038. */
    static final LocalDateTime LATEST_DEADLINE = LocalDateTime.of(2037, 12, 31, 23, 59, 59);

    @Transactional
    public CampaignView open(Actor actor, OpenCampaign request) {
        requireBureauManager(actor);
        List<ErrorDetail> problems = new ArrayList<>();
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            problems.add(ErrorDetail.at("$.year", "请填写评价年度（如 2020）"));
        }
        String templateCode = request.templateCode() == null ? "yuhua-2020" : request.templateCode();
        if (templates.find(templateCode).isEmpty()) {
            problems.add(ErrorDetail.at("$.templateCode", "指标模板“" + templateCode + "”不存在"));
        }
        if (request.deadline() == null) {
            problems.add(ErrorDetail.at("$.deadline", "请填写截止时间"));
        } else if (request.deadline().isAfter(LATEST_DEADLINE)) {
            problems.add(ErrorDetail.at("$.deadline", "截止时间不能晚于2037年12月31日"));
        }
        int reminderDays = request.reminderDays() == null ? 3 : request.reminderDays();
        if (reminderDays < 0 || reminderDays > 60) {
            problems.add(ErrorDetail.at("$.reminderDays", "截止前提醒天数应在0到60之间"));
        }
        Limits.check(Limits.Text.NAME, request.name(), "评价任务名称")
                .ifPresent(message -> problems.add(ErrorDetail.at("$.name", message)));
        Set<Long> unitIds = chosenUnits(request.unitIds(), problems);
        problems.addAll(unitProblems(actor, request.everyUnit(), unitIds));
        if (!problems.isEmpty()) {
            throw UseCaseException.unprocessable("CAMPAIGN_INVALID", "评价任务信息不完整或有误", problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CampaignRecord c = new CampaignRecord();
        c.setCampaignYear(request.year());
        c.setName(request.name() == null || request.name().isBlank()
                ? request.year() + "年度部门整体支出绩效自评" : request.name().strip());
        c.setTemplateCode(templateCode);
        c.setDeadline(request.deadline());
        c.setReminderDays(reminderDays);
        c.setStatus(CampaignMapper.OPEN);
        c.setCreatedBy(actor.username());
        c.setCreatedAt(now);
        campaigns.insert(c);
        if (request.everyUnit()) {
            unitIds = joinEveryUnit(actor, c);
        } else {
            join(actor, c, unitIds);
        }
        String processInstanceId = runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                .businessKey("campaign:" + c.getId())
                .variable("campaignId", c.getId())
                .variable("reminderAt", date(request.deadline().minusDays(reminderDays)))
                .variable("deadlineAt", date(request.deadline()))
                .start().getId();
        campaigns.setProcessInstance(c.getId(), processInstanceId);
        cache.changed();
        c.setProcessInstanceId(processInstanceId);
        audit.record(actor, AuditAction.CAMPAIGN_OPEN, null, null, "发起评价任务“" + c.getName() + "”（" + c.getCampaignYear()
                + "年度，截止 " + shown(c.getDeadline()) + "，" + (request.everyUnit() ? "全部下属单位，" : "")
                + unitIds.size() + "个单位）");
        return view(c, unitIds.size());
    }

    /** The units chosen on the form, each once; an empty choice in the list is a problem, not a crash. */
    static Set<Long> chosenUnits(List<Long> chosen, List<ErrorDetail> problems) {
        List<Long> given = chosen == null ? List.of() : chosen;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add(ErrorDetail.at("$.unitIds[" + i + "]", "所选单位为空，请重新选择"));
            }
        }
        return new LinkedHashSet<>(given.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Either every enabled unit under the bureau (none may be named then) or at least one named unit of the bureau. */
    List<ErrorDetail> unitProblems(Actor actor, boolean everyUnit, Set<Long> unitIds) {
        List<ErrorDetail> problems = new ArrayList<>();
        if (everyUnit) {
            if (!unitIds.isEmpty()) {
                problems.add(ErrorDetail.at("$.unitIds", "已选择全部下属单位，请不要再指定单位"));
            } else if (campaignUnits.enabledUnitsUnder(actor.unitId()) == 0) {
                problems.add(ErrorDetail.at("$.allUnits", "本局下没有启用的单位，请先在“单位”中添加"));
            }
            return problems;
        }
        if (unitIds.isEmpty()) {
            problems.add(ErrorDetail.at("$.unitIds", "请至少选择一个单位，或选择全部下属单位"));
        }
        problems.addAll(foreignUnits(actor, unitIds));
        return problems;
    }

    /**
     * Links every enabled unit under the bureau not yet in the campaign by one INSERT … SELECT, attaches their
     * evaluations of the year by one UPDATE, then tells and notifies as {@link #join} does; answers the units added.
     */
    Set<Long> joinEveryUnit(Actor actor, CampaignRecord c) {
        Set<Long> added = new LinkedHashSet<>(campaignUnits.unitsUnderNotIn(actor.unitId(), c.getId()));
        if (added.isEmpty()) {
            return added;
        }
        campaignUnits.insertAllUnder(c.getId(), actor.unitId());
        evaluations.attachCampaignUnits(c.getId(), c.getCampaignYear());
        joined(actor, c, added);
        return added;
    }

    /**
     * Links the units to the campaign, attaches each one's existing evaluation of the year, tells the editing feature
     * (which gives every other unit its draft in this transaction) and notifies the units' submitters.
     */
    void join(Actor actor, CampaignRecord c, Set<Long> unitIds) {
        for (Long unitId : unitIds) {
            CampaignUnitRecord cu = new CampaignUnitRecord();
            cu.setCampaignId(c.getId());
            cu.setUnitId(unitId);
            cu.setOverdue(false);
            campaignUnits.insert(cu);
            evaluations.attachToCampaign(unitId, c.getCampaignYear(), c.getId());
        }
        joined(actor, c, unitIds);
    }

    private void joined(Actor actor, CampaignRecord c, Set<Long> unitIds) {
        events.publishEvent(new CampaignEvent.UnitsJoined(actor, c.getId(), c.getCampaignYear(), c.getTemplateCode(),
                List.copyOf(unitIds)));
        List<Long> units = List.copyOf(unitIds);
        for (int i = 0; i < units.size(); i += BATCH) {
            notifications.toUnitsRole(units.subList(i, Math.min(units.size(), i + BATCH)), Role.SUBMITTER, Notifications.TASK,
                    "新的评价任务：" + c.getName(), "请于 " + shown(c.getDeadline()) + " 前完成填报并提交");
        }
    }

    /** The bureau sees the campaigns over its units; a unit sees the campaigns it must report in (the first page). */
    @Transactional(readOnly = true)
    public List<CampaignView> list(Actor actor) {
        return page(actor, new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    /** One page of the campaigns the caller sees, newest first, chosen in SQL. */
    @Transactional(readOnly = true)
    public Page<CampaignView> page(Actor actor, PageRequest request) {
        Long bureau = actor.isFinanceBureau() ? actor.unitId() : null;
        Long unit = actor.isFinanceBureau() ? null : actor.unitId();
        long total = campaigns.visibleCount(bureau, unit);
        List<CampaignRecord> shown = total <= request.offset() ? List.of()
                : campaigns.visiblePage(bureau, unit, request.offset(), request.size());
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (actor.isFinanceBureau() && !shown.isEmpty()) {
            campaignUnits.countsOf(shown.stream().map(CampaignRecord::getId).toList()).forEach(row -> counts.put(
                    Columns.number(row, "campaign_id"), Columns.number(row, "n")));
        }
        return Page.of(shown.stream().map(c -> view(c, actor.isFinanceBureau() ? counts.getOrDefault(c.getId(), 0L) : 1))
                .toList(), total, request);
    }

    /**
     * One page of the enabled units under the caller's bureau whose name or short name holds the text (all when blank),
     * in id order, each marked when the given campaign (may be null) already asks it: what the campaign form offers.
     */
    @Transactional(readOnly = true)
    public Page<UnitChoice> unitChoices(Actor actor, String name, Long campaignId, PageRequest request) {
        requireBureauManager(actor);
        Long campaign = campaignId == null ? null : managedCampaign(actor, campaignId).getId();
        String like = name == null || name.isBlank() ? null : "%" + Likes.escape(name.strip()) + "%";
        long total = campaignUnits.choicesCount(actor.unitId(), like, campaign);
        List<UnitChoice> items = total <= request.offset() ? List.of()
                : campaignUnits.choicesPage(actor.unitId(), like, campaign, request.offset(), request.size()).stream()
                .map(row -> new UnitChoice(Columns.number(row, "id"), (String) Columns.of(row, "name"),
                        (String) Columns.of(row, "short_name"), ((Number) Columns.of(row, "in_campaign")).intValue() != 0))
                .toList();
        return Page.of(items, total, request);
    }

    /** The named units as the form shows them once chosen (from the unit cache); others than the bureau's are left out. */
    public List<UnitChoice> chosenUnits(Actor actor, List<Long> unitIds) {
        requireBureauManager(actor);
        return (unitIds == null ? List.<Long>of() : unitIds).stream().filter(java.util.Objects::nonNull).distinct()
                .map(id -> directory.findUnit(id).filter(u -> u.isUnder(actor.unitId())).orElse(null))
                .filter(java.util.Objects::nonNull)
                .map(u -> new UnitChoice(u.getId(), u.getName(), u.getShortName(), false)).toList();
    }

    /** One campaign the caller manages, by its id (not by looking through a page of campaigns). */
    @Transactional(readOnly = true)
    public CampaignView campaign(Actor actor, long campaignId) {
        CampaignRecord c = managedCampaignToRead(actor, campaignId);
        return view(c, unitCount(c));
    }

    /** How many units the campaign asks, kept until a change. */
    private long unitCount(CampaignRecord c) {
        return counts.get(new BoardCount(c.getId()), () -> campaignUnits.countOfCampaign(c.getId()));
    }

    /** One page of the board, units in id order; the counts by stage are over every unit, counted in SQL. */
    @Transactional(readOnly = true)
    public Board board(Actor actor, long campaignId, PageRequest request) {
        CampaignRecord c = managedCampaignToRead(actor, campaignId);
        long total = unitCount(c);
        List<BoardRow> rows = total <= request.offset() ? List.of()
                : rows(c, campaignUnits.pageOfCampaign(c.getId(), request.offset(), request.size()));
        return new Board(view(c, total), rows, total, request.page(), request.size(), stageCounts(c),
                campaignUnits.pendingDrafts(c.getId()));
    }

    private record BoardCount(long campaignId) {
    }

    private record StageCounts(long campaignId, int year) {
    }

    private Map<String, Long> stageCounts(CampaignRecord c) {
        return counts.get(new StageCounts(c.getId(), c.getCampaignYear()), () -> countStages(c));
    }

    private Map<String, Long> countStages(CampaignRecord c) {
        Map<String, Long> byStage = new java.util.TreeMap<>();
        for (Map<String, Object> row : campaignUnits.stageCounts(c.getId(), c.getCampaignYear())) {
            Object status = Columns.of(row, "status");
            Object overdue = Columns.of(row, "overdue");
            Object n = Columns.of(row, "n");
            boolean late = truth(overdue);
            EvaluationStatus st = status == null ? null : EvaluationStatus.valueOf(status.toString());
            byStage.merge(stage(st, late, truth(Columns.of(row, "pending"))).name(), ((Number) n).longValue(), Long::sum);
        }
        return java.util.Collections.unmodifiableMap(byStage);
    }

    private static boolean truth(Object flag) {
        return flag instanceof Boolean b ? b : flag instanceof Number x && x.intValue() != 0;
    }

    /** Units a reminder, the deadline or a notice to every unit handles at a time: one read, one insert, one update. */
    static final int BATCH = 500;

    /** Sends a reminder to the submitters of the named units, or of every unit that has not handed in. */
    @Transactional
    public Reminded remind(Actor actor, long campaignId, List<Long> unitIds) {
        CampaignRecord c = managedCampaign(actor, campaignId);
        String body = "请尽快完成" + c.getName() + "的填报并提交（截止 " + shown(c.getDeadline()) + "）";
        int reminded = 0;
        int sent = 0;
        if (unitIds == null || unitIds.isEmpty()) {
            for (List<Outstanding> units : outstanding(c)) {
                sent += remindUnits(actor, c, units, body);
                reminded += units.size();
            }
            return new Reminded(c.getId(), reminded, sent);
        }
        if (unitIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw notInCampaign();
        }
        List<Long> named = List.copyOf(new LinkedHashSet<>(unitIds));
        for (int i = 0; i < named.size(); i += BATCH) {
            List<Long> asked = named.subList(i, Math.min(named.size(), i + BATCH));
            List<Outstanding> units = campaignUnits.named(c.getId(), c.getCampaignYear(), asked);
            if (units.size() != asked.size()) {
                throw notInCampaign();  // rolls back the batches already sent: all named units, or none
            }
            sent += remindUnits(actor, c, units, body);
            reminded += units.size();
        }
        return new Reminded(c.getId(), reminded, sent);
    }

    private static UseCaseException notInCampaign() {
        return UseCaseException.unprocessable("UNIT_NOT_IN_CAMPAIGN", "所选单位不在该评价任务中",
                List.of(ErrorDetail.at("$.unitIds", "请只选择该评价任务中的单位")));
    }

    /** The deadline timer's reminder: every unit not yet handed in. */
    @Transactional
    public int remindOutstanding(long campaignId) {
        CampaignRecord c = campaigns.selectById(campaignId);
        if (c == null) {
            return 0;
        }
        String body = c.getName() + "将于 " + shown(c.getDeadline()) + " 截止，请尽快完成填报并提交";
        int sent = 0;
        for (List<Outstanding> units : outstanding(c)) {
            sent += remindUnits(null, c, units, body);
        }
        return sent;
    }

    /** The deadline timer's overdue mark: every unit not yet handed in when the deadline passed. */
    @Transactional
    public int markOverdue(long campaignId) {
        CampaignRecord c = campaigns.selectById(campaignId);
        if (c == null) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int marked = 0;
        for (List<Outstanding> units : outstanding(c)) {
            campaignUnits.overdue(c.getId(), units.stream().map(Outstanding::unitId).toList(), now);
            audit.recordAll(null, AuditAction.OVERDUE, units.stream().map(u -> new AuditTrail.Line(u.evaluationId(), u.round(),
                    unitName(u.unitId()) + "未在 " + shown(c.getDeadline()) + " 前提交" + c.getName())).toList());
            notifications.toEachUnitRole(evaluationOfUnit(units), Role.SUBMITTER, Notifications.OVERDUE,
                    "已逾期：" + c.getName(), "截止时间 " + shown(c.getDeadline()) + " 已过，请尽快提交");
            marked += units.size();
        }
        counts.changed();
        return marked;
    }

    /**
     * The campaign's units not yet handed in, {@link #BATCH} at a time in unit order, each batch read when the one
     * before is done (marking or reminding does not change which units are outstanding, so the walk sees each once).
     */
    Iterable<List<Outstanding>> outstanding(CampaignRecord c) {
        return outstanding(c, BATCH);
    }

    Iterable<List<Outstanding>> outstanding(CampaignRecord c, int batchSize) {
        return KeysetPages.of(batchSize, Outstanding::unitId,
                after -> campaignUnits.outstandingAfter(c.getId(), c.getCampaignYear(), after, batchSize));
    }

    private int remindUnits(Actor actor, CampaignRecord c, List<Outstanding> units, String body) {
        int sent = notifications.toEachUnitRole(evaluationOfUnit(units), Role.SUBMITTER, Notifications.REMIND,
                "催报：" + c.getName(), body);
        campaignUnits.reminded(c.getId(), units.stream().map(Outstanding::unitId).toList(), LocalDateTime.now(clock));
        audit.recordAll(actor, AuditAction.REMIND, units.stream().map(u -> new AuditTrail.Line(u.evaluationId(), u.round(),
                (actor == null ? "截止前自动催报：" : "催报：") + unitName(u.unitId()) + "（" + c.getName() + "）")).toList());
        return sent;
    }

    private static Map<Long, Long> evaluationOfUnit(List<Outstanding> units) {
        Map<Long, Long> evaluationOf = new java.util.LinkedHashMap<>();
        units.forEach(u -> evaluationOf.put(u.unitId(), u.evaluationId()));
        return evaluationOf;
    }

    private String unitName(long unitId) {
        return directory.findUnit(unitId).map(OrgUnitRecord::getName).orElse("单位" + unitId);
    }

    /** A page of the board: the units' evaluations read with only the columns a row shows. */
    private List<BoardRow> rows(CampaignRecord c, List<CampaignUnitRecord> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        List<Long> unitIds = links.stream().map(CampaignUnitRecord::getUnitId).toList();
        List<EvaluationRecord> found = evaluations.stagesOfUnitsInYear(unitIds, c.getCampaignYear());
        Map<Long, EvaluationRecord> byUnit = found.stream().collect(Collectors.toMap(EvaluationRecord::getUnitId, Function.identity()));
        return links.stream().map(link -> {
            EvaluationRecord e = byUnit.get(link.getUnitId());
            boolean overdue = Boolean.TRUE.equals(link.getOverdue());
            CampaignStage stage = stage(e == null ? null : e.getStatus(), overdue, Boolean.TRUE.equals(link.getDraftPending()));
            return new BoardRow(link.getUnitId(), directory.findUnit(link.getUnitId()).orElseThrow().getName(), e == null ? null : e.getId(),
                    e == null ? null : e.getStatus().name(), stage.name(), stage.label(), overdue,
                    e == null ? null : e.getCurrentRound(), link.getRemindedAt());
        }).toList();
    }

    /** {@code draftPending}: no evaluation yet because the background has not made its draft (not: nobody started). */
    static CampaignStage stage(EvaluationStatus status, boolean overdue, boolean draftPending) {
        CampaignStage stage = status == null ? draftPending ? CampaignStage.PREPARING : CampaignStage.NOT_STARTED : switch (status) {
            case DRAFT -> CampaignStage.DRAFT;
            case INTERNAL_REVIEW, FINANCE_REVIEW -> CampaignStage.IN_REVIEW;
            case RETURNED -> CampaignStage.RETURNED;
            case APPROVED -> CampaignStage.APPROVED;
            case PUBLISHED -> CampaignStage.PUBLISHED;
        };
        return overdue && stage.outstanding() ? CampaignStage.OVERDUE : stage;
    }

    /** Units that do not exist or are not under the actor's bureau, each as a problem. */
    List<ErrorDetail> foreignUnits(Actor actor, Set<Long> unitIds) {
        List<ErrorDetail> problems = new ArrayList<>();
        for (Long unitId : unitIds) {
            OrgUnitRecord unit = directory.findUnit(unitId).orElse(null);
            if (unit == null || !unit.isUnder(actor.unitId())) {
                problems.add(ErrorDetail.at("$.unitIds", "单位 " + unitId + " 不存在或不属于本财政局"));
            }
        }
        return problems;
    }

    CampaignRecord managedCampaign(Actor actor, long campaignId) {
        requireManager(actor);
        CampaignRecord c = campaigns.selectById(campaignId);
        boolean ours = c != null && campaignUnits.countUnder(campaignId, actor.unitId()) > 0;
        if (!ours) {
            throw UseCaseException.notFound("CAMPAIGN_NOT_FOUND", "评价任务不存在");
        }
        return c;
    }

    /**
     * As {@link #managedCampaign} for what is only shown (the board, a campaign's page): the campaign from the cache,
     * and that it asks units of the caller's bureau kept once seen (units are not taken out of a campaign).
     */
    private CampaignRecord managedCampaignToRead(Actor actor, long campaignId) {
        requireManager(actor);
        CampaignRecord c = cache.find(campaignId).orElse(null);
        boolean ours = c != null && counts.get(new UnitsUnder(campaignId, actor.unitId()),
                () -> campaignUnits.countUnder(campaignId, actor.unitId()) > 0, Boolean::booleanValue);
        if (!ours) {
            throw UseCaseException.notFound("CAMPAIGN_NOT_FOUND", "评价任务不存在");
        }
        return c;
    }

    private static void requireManager(Actor actor) {
        if (!actor.isFinanceBureau()) {
            throw UseCaseException.forbidden("NOT_BUREAU", "只有财政局可以查看评价任务进度或催报");
        }
        if (!actor.has(Role.ADMIN) && !actor.has(Role.FINANCE_REVIEWER) && !actor.has(Role.PUBLISHER)) {
            throw UseCaseException.forbidden("NOT_BUREAU_MANAGER", "您没有管理评价任务的权限");
        }
    }

    private record UnitsUnder(long campaignId, Long bureauId) {
    }

    static void requireBureauManager(Actor actor) {
        if (!actor.isFinanceBureau() || !(actor.has(Role.ADMIN) || actor.has(Role.FINANCE_REVIEWER))) {
            throw UseCaseException.forbidden("NOT_BUREAU_MANAGER", "只有财政局的系统管理员或评审人可以发起评价任务");
        }
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(PersistenceConfiguration.ZONE).toInstant());
    }

    CampaignView view(CampaignRecord c, long unitCount) {
        boolean closed = c.isClosed();
        boolean due = c.getDeadline().isBefore(LocalDateTime.now(clock));
        return new CampaignView(c.getId(), c.getCampaignYear(), c.getName(), c.getTemplateCode(), c.getDeadline(),
                c.getReminderDays(), c.getStatus(), closed ? "已关闭" : due ? "已截止" : "进行中", closed, c.getCreatedBy(),
                c.getCreatedAt(), unitCount);
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** Deadlines as people read them in a notice, not as ISO text. */
    static String shown(LocalDateTime time) {
        return time.format(SHOWN);
    }
}
