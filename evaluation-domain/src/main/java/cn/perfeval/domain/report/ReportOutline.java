package cn.perfeval.domain.report;

import java.util.List;
import java.util.Optional;

/** The sections of 附件3 a template prescribes, in order (一 to 六 and 其他 in the seed's). */
public record ReportOutline(List<OutlineSection> sections) {

    public static final ReportOutline NONE = new ReportOutline(List.of());

    public ReportOutline {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Optional<OutlineSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** Every section present with empty text: how a draft's report starts. */
    public List<ReportSection> emptySections() {
        return sections.stream().map(s -> new ReportSection(s.key(), s.title(), "")).toList();
    }
}
