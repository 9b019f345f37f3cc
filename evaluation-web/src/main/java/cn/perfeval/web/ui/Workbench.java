package cn.perfeval.web.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.perfeval.workflow.audit.AuditEventRecord;
import cn.perfeval.workflow.audit.AuditTrail;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Role;
import cn.perfeval.workflow.evaluation.EvaluationService;
import cn.perfeval.workflow.evaluation.EvaluationView;
import cn.perfeval.workflow.persistence.CampaignMapper;
import cn.perfeval.workflow.persistence.CampaignRecord;
import org.springframework.stereotype.Component;

/**
 * What a person has to do and has done: a to-do is an evaluation waiting in the step their role acts on, within
 * what they may see; a done item is an evaluation they acted on, from the audit trail.
 */
@Component
public class Workbench {

    private static final Set<String> ACTIONS_ON_EVALUATIONS = Set.of("SUBMIT", "WITHDRAW", "APPROVE", "RETURN",
            "SCORE_CHANGE", "PUBLISH", "UNPUBLISH");

    private final EvaluationService evaluations;
    private final CampaignMapper campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    Workbench(EvaluationService evaluations, CampaignMapper campaigns, AuditTrail audit, Clock clock) {
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    public record Todo(EvaluationView evaluation, String action, String href, LocalDateTime deadline, boolean overdue) {
    }

    public record Done(EvaluationView evaluation, String actionLabel, LocalDateTime at) {
    }

    List<Todo> todos(Actor actor) {
        List<Todo> result = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (EvaluationView e : evaluations.list(actor, null, null, null)) {
            String action = actionFor(actor, e);
            if (action != null) {
                LocalDateTime deadline = deadlineOf(e);
                boolean beforeReview = "DRAFT".equals(e.status()) || "RETURNED".equals(e.status());
                result.add(new Todo(e, action, hrefFor(e), deadline,
                        beforeReview && deadline != null && deadline.isBefore(now)));
            }
        }
        result.sort(Comparator.comparing((Todo t) -> t.deadline() == null ? LocalDateTime.MAX : t.deadline()));
        return result;
    }

    List<Done> done(Actor actor) {
        Map<Long, AuditEventRecord> latest = new LinkedHashMap<>();
        for (AuditEventRecord event : audit.ofActor(actor.username())) {
            if (event.getEvaluationId() != null && ACTIONS_ON_EVALUATIONS.contains(event.getAction())) {
                latest.put(event.getEvaluationId(), event);
            }
        }
        List<Done> result = new ArrayList<>();
        Map<Long, EvaluationView> visible = new LinkedHashMap<>();
        evaluations.list(actor, null, null, null).forEach(e -> visible.put(e.id(), e));
        latest.forEach((id, event) -> {
            EvaluationView e = visible.get(id);
            if (e != null && actionFor(actor, e) == null) {
                result.add(new Done(e, Labels.action(event.getAction()), event.getOccurredAt()));
            }
        });
        result.sort(Comparator.comparing(Done::at).reversed());
        return result;
    }

    static String actionFor(Actor actor, EvaluationView e) {
        return switch (e.status()) {
            case "DRAFT" -> actor.has(Role.SUBMITTER) && e.unitId() == actor.unitId() ? "填报" : null;
            case "RETURNED" -> actor.has(Role.SUBMITTER) && e.unitId() == actor.unitId() ? "按意见修改后重新提交" : null;
            case "INTERNAL_REVIEW" -> actor.has(Role.INTERNAL_REVIEWER) && e.unitId() == actor.unitId()
                    && !actor.username().equals(e.submittedBy()) ? "单位内部审核" : null;
            case "FINANCE_REVIEW" -> actor.has(Role.FINANCE_REVIEWER) ? "财政局评审" : null;
            case "APPROVED" -> actor.has(Role.PUBLISHER) ? "公开发布" : null;
            default -> null;
        };
    }

    static String hrefFor(EvaluationView e) {
        return switch (e.status()) {
            case "INTERNAL_REVIEW", "FINANCE_REVIEW" -> "/evaluations/" + e.id() + "/review";
            case "APPROVED" -> "/publishing";
            default -> "/evaluations/" + e.id();
        };
    }

    LocalDateTime deadlineOf(EvaluationView e) {
        if (e.campaignId() == null) {
            return null;
        }
        CampaignRecord campaign = campaigns.selectById(e.campaignId());
        return campaign == null ? null : campaign.getDeadline();
    }
}
