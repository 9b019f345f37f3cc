package cn.perfeval.workflow.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.workflow.common.Page;
import cn.perfeval.workflow.common.PageRequest;
import cn.perfeval.workflow.common.UseCaseException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record: who, when, what, which round, from which address. */
@Service
public class AuditTrail {

    public static final int EXPORT_LIMIT = 50_000;

    private final AuditEventMapper events;
    private final Clock clock;

    public AuditTrail(AuditEventMapper events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so an action that rolls back leaves no trace claiming it happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, Long evaluationId, Integer round, String detail) {
        insert(actor == null ? null : actor.username(), action, evaluationId, round,
                actor == null ? null : actor.remoteAddress(), detail);
    }

    /** One line of an action done to many evaluations at once. */
    public record Line(Long evaluationId, Integer round, String detail) {
    }

    /** The same action by one actor (null: the system) on many evaluations, in the caller's transaction, one insert. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Actor actor, AuditAction action, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        events.insertAll(lines.stream().map(line -> event(now, actor == null ? null : actor.username(), action,
                line.evaluationId(), line.round(), actor == null ? null : actor.remoteAddress(), line.detail())).toList());
    }

    /** For events outside any use case (logins), written on their own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String username, AuditAction action, String remoteAddress, String detail) {
        insert(username, action, null, null, remoteAddress, detail);
    }

    /** The lines of an evaluation's history, oldest first: its saves folded per person, part and day ({@link TrailLine}). */
    public List<TrailLine> linesOfEvaluation(long evaluationId) {
        return events.linesOfEvaluation(evaluationId);
    }

    /** The audit page (administrators only): the trail filtered, newest first, paged in SQL. */
    public Page<AuditEntry> search(Actor actor, AuditQuery query, PageRequest page) {
        requireAdmin(actor);
        return Page.of(entries(events.search(query, page.offset(), page.size())), events.count(query), page);
    }

    /** The same filter for the Excel export: the newest {@value #EXPORT_LIMIT} lines at most. */
    public List<AuditEntry> export(Actor actor, AuditQuery query) {
        requireAdmin(actor);
        return entries(events.search(query, 0, EXPORT_LIMIT));
    }

    /** The lines with each evaluation named by its unit and year, read once per evaluation, not per line. */
    private List<AuditEntry> entries(List<AuditEventRecord> rows) {
        List<Long> ids = rows.stream().map(AuditEventRecord::getEvaluationId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            events.evaluationNames(ids.subList(from, Math.min(ids.size(), from + 500)))
                    .forEach(n -> names.put(n.getId(), n.label()));
        }
        return rows.stream().map(r -> AuditEntry.of(r, r.getEvaluationId() == null ? null : names.get(r.getEvaluationId())))
                .toList();
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw UseCaseException.forbidden("ADMIN_ONLY", "只有系统管理员可以查看审计日志");
        }
    }

    public List<AuditEventRecord> ofActor(String username) {
        return events.ofActor(username);
    }

    private void insert(String actor, AuditAction action, Long evaluationId, Integer round, String address,
                        String detail) {
        events.append(event(LocalDateTime.now(clock), actor, action, evaluationId, round, address, detail));
    }

    private static AuditEventRecord event(LocalDateTime at, String actor, AuditAction action, Long evaluationId,
                                          Integer round, String address, String detail) {
        AuditEventRecord event = new AuditEventRecord();
        event.setOccurredAt(at);
        event.setActor(actor);
        event.setAction(action.name());
        event.setEvaluationId(evaluationId);
        event.setRoundNo(round);
        event.setRemoteAddress(address);
        event.setDetail(detail);
        return event;
    }
}
