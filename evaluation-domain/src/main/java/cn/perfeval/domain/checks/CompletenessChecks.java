package cn.perfeval.domain.checks;

import cn.perfeval.domain.basicdata.BasicDataField;
import cn.perfeval.domain.basicdata.BasicDataRequirements;
import cn.perfeval.domain.evaluation.Evaluation;
import cn.perfeval.domain.report.OutlineSection;
import cn.perfeval.domain.report.ReportSection;
import cn.perfeval.domain.template.IndicatorTemplate;

import java.util.List;

/**
 * What must be there before submission, as the template says: required Attachment-1 fields filled or marked ——,
 * required report sections written (self-scores are checked with the score sheet). Each gap is one finding with the
 * field's path and the label the page shows.
 */
final class CompletenessChecks {

    private CompletenessChecks() {
    }

    static void check(Evaluation e, IndicatorTemplate t, List<Finding> f) {
        BasicDataRequirements req = t.basicDataRequirements();
        for (BasicDataField field : req.requiredFields()) {
            if (!field.isFilled(e.basicData())) {
                boolean text = field.path().equals(BasicDataField.AUSTERITY_MEASURES);
                f.add(new Finding(ConsistencyChecker.A1_FIELD_BLANK, Severity.ERROR,
                        field.label() + "未填写" + (text ? "" : "（不适用请填——）"), field.jsonPath()));
            }
        }
        for (String entry : req.warnIfBlank()) {
            List<BasicDataField> fields = BasicDataField.resolve(entry).orElse(List.of());
            String path = "$.basicData." + entry;
            // a finding about the same row (e.g. PROJECT_ROWS_BLANK) already says it is blank
            boolean said = f.stream().anyMatch(x -> x.fieldPath().startsWith(path));
            if (!said && fields.stream().noneMatch(x -> x.isFilled(e.basicData()))) {
                f.add(new Finding(ConsistencyChecker.A1_ENTRY_BLANK, Severity.WARNING,
                        BasicDataField.entryLabel(entry) + "未填写（不适用请填——）", path));
            }
        }
        List<ReportSection> sections = e.report().sections();
        for (OutlineSection s : t.reportOutline().sections()) {
            if (!s.required()) {
                continue;
            }
            int i = indexOf(sections, s.key());
            if (i < 0 || sections.get(i).isBlank()) {
                f.add(new Finding(ConsistencyChecker.REPORT_SECTION_BLANK, Severity.ERROR, "附件3“" + s.title() + "”尚未填写",
                        i < 0 ? "$.report.sections" : "$.report.sections[" + i + "].text"));
            }
        }
    }

    private static int indexOf(List<ReportSection> sections, String key) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
