package cn.perfeval.workflow.task;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditEventRecord;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.campaign.CampaignRecord;
import cn.perfeval.workflow.campaign.CampaignUnitMapper;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.process.ApprovalProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.perfeval.workflow.evaluation.EvaluationAccess.participant;

/**
 * What a person has to do and has done: a to-do is an evaluation waiting on a step the lifecycle gives them, within
 * what they may see; a done item is an evaluation they acted on, from the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Workbench {

    private static final Set<AuditAction> ACTIONS_ON_EVALUATIONS = Set.of(AuditAction.SUBMIT, AuditAction.WITHDRAW,
            AuditAction.APPROVE, AuditAction.RETURN, AuditAction.SCORE_CHANGE, AuditAction.PUBLISH, AuditAction.UNPUBLISH);

    private final EvaluationReading evaluations;
    private final CampaignMapper campaigns;
    private final OrgDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApprovalProcess process;
    private final WorkLists workLists;

    private final CampaignUnitMapper campaignUnits;

    public Workbench(EvaluationReading evaluations, CampaignMapper campaigns, OrgDirectory directory, AuditTrail audit,
                     Clock clock, ApprovalProcess process, WorkLists workLists, CampaignUnitMapper campaignUnits) {
        this.campaignUnits = campaignUnits;
        this.process = process;
        this.workLists = workLists;
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param campaignState 已关闭 when the bureau closed the campaign, 已截止 past its deadline, else null */
    public record Todo(EvaluationView evaluation, String action, String href, LocalDateTime deadline, boolean overdue,
                       String campaignState) {
    }

    /**
     * A campaign that includes the submitter's unit but has no draft of it yet: 开始填报 (a unit of a campaign from before
     * campaigns made drafts), or, with {@code preparing}, 草稿生成中 (a large campaign's draft not yet made in the background).
     */
    public record ToStart(long campaignId, String campaignName, int year, LocalDateTime deadline, boolean overdue,
                          boolean preparing) {
    }

    public record Done(EvaluationView evaluation, String actionLabel, LocalDateTime at) {
    }

    /**
     * @param todoTotal every open task of the caller, counted in SQL: the to-dos shown are those among the newest
     *                  evaluations the caller sees ({@link EvaluationReading#list}), the whole list is 待办's page
     */
    public record Page(List<Todo> todos, long todoTotal, List<ToStart> toStart, List<Done> done) {
    }

    /** How many to-dos the workbench lists; 待办's own page has them all. */
    static final int SHOWN_TODOS = 50;

    /**
     * The caller's to-dos are the first of the SQL to-do list (every open task the caller may take, oldest first),
     * shown by deadline; 已办 and 开始填报 look at the newest evaluations the caller sees.
     */
    public Page of(Actor actor) {
        Map<Long, CampaignRecord> byId = campaigns.newestFirst().stream()
                .collect(Collectors.toMap(CampaignRecord::getId, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        cn.perfeval.workflow.common.Page<WorkLists.WorkItem> open = workLists.of(actor, WorkLists.Kind.TODO,
                WorkLists.Filter.NONE, new cn.perfeval.workflow.common.PageRequest(1, SHOWN_TODOS));
        List<Long> ids = open.items().stream().map(WorkLists.WorkItem::evaluationId).distinct().toList();
        List<EvaluationView> visible = evaluations.list(actor, null, null, null);
        // the tasks given to one person, among both the to-dos and the evaluations 已办 looks at, in one read
        Map<Long, ApprovalProcess.OpenTask> handed = process.handedTasks(java.util.stream.Stream.concat(ids.stream(),
                visible.stream().map(EvaluationView::id)).distinct().toList());
        List<Todo> todos = new ArrayList<>();
        for (EvaluationView e : evaluations.views(actor, ids)) {
            action(actor, e, handed.get(e.id())).ifPresent(action -> {
                CampaignRecord campaign = e.campaignId() == null ? null : byId.get(e.campaignId());
                LocalDateTime deadline = campaign == null ? null : campaign.getDeadline();
                boolean late = Lifecycle.isBeforeSubmission(e.status()) && deadline != null && deadline.isBefore(now);
                String state = campaign == null || !Lifecycle.isBeforeSubmission(e.status()) ? null
                        : campaign.isClosed() ? "已关闭" : late ? "已截止" : null;
                todos.add(new Todo(e, action, hrefFor(e), deadline, late, state));
            });
        }
        todos.sort(Comparator.comparing((Todo t) -> t.deadline() == null ? LocalDateTime.MAX : t.deadline()));
        Map<Long, EvaluationView> notMine = new LinkedHashMap<>();
        visible.stream().filter(e -> action(actor, e, handed.get(e.id())).isEmpty()).forEach(e -> notMine.put(e.id(), e));
        return new Page(todos, Math.max(todos.size(), open.total()), toStart(actor, visible, now), done(actor, notMine));
    }

    /** What the caller has to do on this evaluation, if anything: its step's work, or a task handed to someone. */
    private java.util.Optional<String> action(Actor actor, EvaluationView e, ApprovalProcess.OpenTask open) {
        var who = participant(actor, e.submittedBy(), directory.findUnit(e.unitId()).orElseThrow());
        var action = Lifecycle.todo(e.status(), who);
        if (action.isPresent() && open != null && !open.decidableBy(actor.username())) {
            // 转办 or 委派: the task waits on one person, not on everyone of the role
            return open.delegated() && actor.username().equals(open.assignee())
                    ? java.util.Optional.of("办理委派的评审并办结交回") : java.util.Optional.empty();
        }
        return action;
    }

    private List<ToStart> toStart(Actor actor, List<EvaluationView> visible, LocalDateTime now) {
        if (!actor.has(Role.SUBMITTER) || actor.isFinanceBureau()) {
            return List.of();
        }
        Set<Integer> years = visible.stream().filter(e -> e.unitId() == actor.unitId()).map(EvaluationView::year)
                .collect(Collectors.toSet());
        List<CampaignRecord> without = campaigns.openFor(actor.unitId()).stream()
                .filter(c -> !years.contains(c.getCampaignYear())).toList();
        Set<Long> preparing = without.isEmpty() ? Set.of() : Set.copyOf(campaignUnits.campaignsPreparingDraftOf(actor.unitId()));
        return without.stream().map(c -> new ToStart(c.getId(), c.getName(), c.getCampaignYear(), c.getDeadline(),
                c.getDeadline().isBefore(now), preparing.contains(c.getId()))).toList();
    }

    private List<Done> done(Actor actor, Map<Long, EvaluationView> notMine) {
        Map<Long, AuditEventRecord> latest = new LinkedHashMap<>();
        for (AuditEventRecord event : audit.ofActor(actor.username())) {
            if (event.getEvaluationId() != null && ACTIONS_ON_EVALUATIONS.contains(AuditAction.valueOf(event.getAction()))) {
                latest.put(event.getEvaluationId(), event);
            }
        }
        List<Done> result = new ArrayList<>();
        latest.forEach((id, event) -> {
            EvaluationView e = notMine.get(id);
            if (e != null) {
                result.add(new Done(e, AuditAction.valueOf(event.getAction()).label(), event.getOccurredAt()));
            }
        });
        result.sort(Comparator.comparing(Done::at).reversed());
        return result;
    }

    static String hrefFor(EvaluationView e) {
        return hrefFor(e.id(), e.status());
    }

    /** Where a to-do of this evaluation is done: its review, the publishing page, or the evaluation. */
    static String hrefFor(long evaluationId, EvaluationStatus status) {
        if (Lifecycle.isInReview(status)) {
            return "/evaluations/" + evaluationId + "/review";
        }
        return status.waitingOn().orElse(null) == Step.PUBLISH ? "/publishing" : "/evaluations/" + evaluationId;
    }
}
