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

import cn.perfeval.domain.evaluation.Lifecycle;
import cn.perfeval.domain.evaluation.Step;
import cn.perfeval.workflow.audit.AuditAction;
import cn.perfeval.workflow.audit.AuditEventRecord;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.campaign.CampaignMapper;
import cn.perfeval.workflow.campaign.CampaignRecord;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.evaluation.EvaluationReading;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.org.OrgDirectory;
import cn.perfeval.workflow.org.OrgUnitRecord;
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

    public Workbench(EvaluationReading evaluations, CampaignMapper campaigns, OrgDirectory directory, AuditTrail audit,
                     Clock clock) {
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public record Todo(EvaluationView evaluation, String action, String href, LocalDateTime deadline, boolean overdue) {
    }

    public record Done(EvaluationView evaluation, String actionLabel, LocalDateTime at) {
    }

    public record Page(List<Todo> todos, List<Done> done) {
    }

    public Page of(Actor actor) {
        List<EvaluationView> visible = evaluations.list(actor, null, null, null);
        Map<Long, LocalDateTime> deadlines = campaigns.newestFirst().stream()
                .collect(Collectors.toMap(CampaignRecord::getId, CampaignRecord::getDeadline));
        Map<Long, OrgUnitRecord> units = directory.allUnits().stream()
                .collect(Collectors.toMap(OrgUnitRecord::getId, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        List<Todo> todos = new ArrayList<>();
        Map<Long, EvaluationView> notMine = new LinkedHashMap<>();
        for (EvaluationView e : visible) {
            var who = participant(actor, e.submittedBy(), units.get(e.unitId()));
            var action = Lifecycle.todo(e.status(), who);
            if (action.isEmpty()) {
                notMine.put(e.id(), e);
                continue;
            }
            LocalDateTime deadline = e.campaignId() == null ? null : deadlines.get(e.campaignId());
            todos.add(new Todo(e, action.get(), hrefFor(e), deadline,
                    Lifecycle.isBeforeSubmission(e.status()) && deadline != null && deadline.isBefore(now)));
        }
        todos.sort(Comparator.comparing((Todo t) -> t.deadline() == null ? LocalDateTime.MAX : t.deadline()));
        return new Page(todos, done(actor, notMine));
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
        if (Lifecycle.isInReview(e.status())) {
            return "/evaluations/" + e.id() + "/review";
        }
        return e.status().waitingOn().orElse(null) == Step.PUBLISH ? "/publishing" : "/evaluations/" + e.id();
    }
}
