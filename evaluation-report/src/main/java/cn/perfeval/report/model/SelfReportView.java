package cn.perfeval.report.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Attachment 3 (自评报告): cover title, sections in order, structured figures. Sections are numbered 一、二、… in
 * order, except the closing 其他需要说明的情况 (key {@code other}), which keeps no number, whatever numbering the
 * titles came with.
 */
public record SelfReportView(String title, List<ReportSection> sections, ReportFigures figures) {

    public static final String OTHER_KEY = "other";

    public SelfReportView {
        title = Texts.clean(title);
        if (figures == null) {
            figures = new ReportFigures(null, null, null, null, null, null, null, null, null, null, null);
        }
        List<ReportSection> numbered = new ArrayList<>(sections.size());
        int n = 0;
        for (ReportSection s : sections) {
            boolean unnumbered = OTHER_KEY.equals(s.key()) || s.title().startsWith("其他需要说明");
            numbered.add(s.numbered(unnumbered ? 0 : ++n));
        }
        sections = List.copyOf(numbered);
    }

    /** The cover title split after "预算绩效" / "绩效" so the second line reads "自评报告" as in the seed. */
    public List<String> coverTitleLines() {
        int i = title.lastIndexOf("自评报告");
        if (i > 0 && title.length() > 16) {
            return List.of(title.substring(0, i), title.substring(i));
        }
        return List.of(title);
    }
}
