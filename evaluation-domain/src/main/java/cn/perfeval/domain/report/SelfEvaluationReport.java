package cn.perfeval.domain.report;

import java.util.List;
import java.util.Optional;

/** Attachment 3 (自评报告): title, the figures it states, and its sections in order. */
public record SelfEvaluationReport(String title,
                                   StaffingFacts staffingFacts,
                                   Expenditure expenditure,
                                   List<ReportSection> sections) {

    public SelfEvaluationReport {
        staffingFacts = staffingFacts == null ? StaffingFacts.NONE : staffingFacts;
        expenditure = expenditure == null ? Expenditure.NONE : expenditure;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Optional<ReportSection> section(SectionKey key) {
        return section(key.key());
    }

    public Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public SelfEvaluationReport withSections(List<ReportSection> newSections) {
        return new SelfEvaluationReport(title, staffingFacts, expenditure, newSections);
    }

    /** The computed share of each project economic category, beside what the report prints. */
    public List<EconomicPercentage> economicPercentages() {
        return expenditure.economicPercentages();
    }
}
