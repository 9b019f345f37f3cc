package cn.perfeval.workflow.audit;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.perfeval.domain.checks.CheckLabels;

/**
 * One line of the audit trail as the audit page and its export show it: the evaluation by its unit and year
 * ({@code evaluationName}, null when it is gone), and check codes in the detail in words.
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String actionLabel,
                         Long evaluationId, String evaluationName, Integer round, String remoteAddress, String detail) {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    static AuditEntry of(AuditEventRecord row, String evaluationName) {
        String label;
        try {
            label = AuditAction.valueOf(row.getAction()).label();
        } catch (IllegalArgumentException unknownFromAnOlderRelease) {
            label = row.getAction();
        }
        return new AuditEntry(row.getId(), row.getOccurredAt(), row.getActor(), row.getAction(), label,
                row.getEvaluationId(), evaluationName, row.getRoundNo(), row.getRemoteAddress(), inWords(row.getDetail()));
    }

    /** Lines written before the checks were named in words still read in words. */
    static String inWords(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = CODE.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(CheckLabels.of(m.group()).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
