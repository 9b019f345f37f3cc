package cn.perfeval.domain.report;

import java.util.Objects;

/**
 * One section of the report: its key (one of the template's {@link ReportOutline}), printed title and text.
 * {@code fromPreviousYear} marks text copied from last year's report as a draft still to be rewritten.
 */
public record ReportSection(String key, String title, String text, boolean fromPreviousYear) {

    public ReportSection {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        text = text == null ? "" : text;
    }

    public ReportSection(String key, String title, String text) {
        this(key, title, text, false);
    }

    public static ReportSection of(SectionKey key, String text) {
        return new ReportSection(key.key(), key.title(), text);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public ReportSection withText(String newText, boolean copiedFromPreviousYear) {
        return new ReportSection(key, title, newText, copiedFromPreviousYear);
    }
}
