package cn.perfeval.domain.report;

import java.util.Objects;

/** One section of the report: its key (see {@link SectionKey}), printed title and text. */
public record ReportSection(String key, String title, String text) {

    public ReportSection {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        text = text == null ? "" : text;
    }

    public static ReportSection of(SectionKey key, String text) {
        return new ReportSection(key.key(), key.title(), text);
    }
}
