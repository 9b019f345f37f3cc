package cn.perfeval.domain.report;

import java.util.Objects;

/**
 * One section of the report outline a template prescribes: its key, printed title, the guidance shown to whoever
 * writes it, and whether it must be filled before submission.
 */
public record OutlineSection(String key, String title, String guidance, boolean required) {

    public OutlineSection {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        guidance = guidance == null ? "" : guidance;
    }
}
