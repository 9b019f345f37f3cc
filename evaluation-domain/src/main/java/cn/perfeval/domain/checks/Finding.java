package cn.perfeval.domain.checks;

import java.util.Objects;

/** One consistency finding: a stable code, its severity, a Chinese message naming both figures and where they stand, and the interchange path of the field. */
public record Finding(String code, Severity severity, String message, String fieldPath) {

    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        Objects.requireNonNull(fieldPath);
    }
}
