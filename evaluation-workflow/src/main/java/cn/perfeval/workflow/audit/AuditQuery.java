package cn.perfeval.workflow.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.perfeval.workflow.common.ErrorDetail;
import cn.perfeval.workflow.common.UseCaseException;

/** The audit page's filters, each optional: who (exact user name), which action, from and to (dates, inclusive). */
public record AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.trim();
    }

    /** The filters as the use case takes them; a bad date or action is refused naming the field as the form labels it. */
    public static AuditQuery parse(String actor, String action, String from, String to) {
        List<ErrorDetail> problems = new ArrayList<>();
        AuditAction wanted = null;
        if (action != null && !action.isBlank()) {
            try {
                wanted = AuditAction.valueOf(action.trim());
            } catch (IllegalArgumentException e) {
                problems.add(ErrorDetail.at("action", "操作类型不存在"));
            }
        }
        LocalDate fromDate = date(from, "from", "开始日期", problems);
        LocalDate toDate = date(to, "to", "结束日期", problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(ErrorDetail.at("to", "结束日期不能早于开始日期"));
        }
        if (actor != null && actor.length() > 64) {
            problems.add(ErrorDetail.at("actor", "用户名不能超过 64 个字符"));
        }
        if (!problems.isEmpty()) {
            throw UseCaseException.invalid("AUDIT_FILTER_INVALID", "筛选条件有误：" + problems.get(0).message(), problems);
        }
        return new AuditQuery(actor, wanted, fromDate, toDate);
    }

    private static LocalDate date(String value, String path, String label, List<ErrorDetail> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(ErrorDetail.at(path, label + "应为 yyyy-mm-dd 格式的日期"));
            return null;
        }
    }

}
