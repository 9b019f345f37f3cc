package cn.perfeval.workflow.evaluation;

import cn.perfeval.domain.checks.Finding;

/** One consistency finding as the API shows it. */
public record CheckView(String code, String severity, String severityLabel, String message, String fieldPath) {

    public static CheckView of(Finding f) {
        return new CheckView(f.code(), f.severity().name(), f.severity().label(), f.message(), f.fieldPath());
    }
}
