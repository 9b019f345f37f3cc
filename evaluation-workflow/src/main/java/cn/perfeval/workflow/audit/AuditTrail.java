package cn.perfeval.workflow.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.perfeval.workflow.common.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record: who, when, what, which round, from which address. */
@Service
public class AuditTrail {

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

    /** For events outside any use case (logins), written on their own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String username, AuditAction action, String remoteAddress, String detail) {
        insert(username, action, null, null, remoteAddress, detail);
    }

    public List<AuditEventRecord> ofEvaluation(long evaluationId) {
        return events.ofEvaluation(evaluationId);
    }

    public List<AuditEventRecord> ofActor(String username) {
        return events.ofActor(username);
    }

    private void insert(String actor, AuditAction action, Long evaluationId, Integer round, String address,
                        String detail) {
        AuditEventRecord event = new AuditEventRecord();
        event.setOccurredAt(LocalDateTime.now(clock));
        event.setActor(actor);
        event.setAction(action.name());
        event.setEvaluationId(evaluationId);
        event.setRoundNo(round);
        event.setRemoteAddress(address);
        event.setDetail(detail);
        events.insert(event);
    }
}
