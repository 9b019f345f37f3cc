package cn.perfeval.workflow.audit;

import java.time.LocalDateTime;

/** One line of the audit trail as the audit page and its export show it. */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String actionLabel,
                         Long evaluationId, Integer round, String remoteAddress, String detail) {

    static AuditEntry of(AuditEventRecord row) {
        String label;
        try {
            label = AuditAction.valueOf(row.getAction()).label();
        } catch (IllegalArgumentException unknownFromAnOlderRelease) {
            label = row.getAction();
        }
        return new AuditEntry(row.getId(), row.getOccurredAt(), row.getActor(), row.getAction(), label,
                row.getEvaluationId(), row.getRoundNo(), row.getRemoteAddress(), row.getDetail());
    }
}
