package cn.perfeval.web.ui;

import cn.perfeval.workflow.audit.AuditAction;

/** The Chinese words pages show for codes. */
public final class Labels {

    private Labels() {
    }

    public static String action(String code) {
        try {
            return AuditAction.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(code);
        }
    }
}
