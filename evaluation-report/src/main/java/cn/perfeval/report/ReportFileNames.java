package cn.perfeval.report;

import cn.perfeval.report.model.EvaluationReportModel;

/**
 * Chinese file names for the outputs, e.g. {@code 2020年度高桥街道办事处整体支出绩效自评报告.pdf} and
 * {@code 2020年度高桥街道办事处整体支出绩效自评附件1-2.xlsx}. Characters that file systems refuse are replaced.
 */
public final class ReportFileNames {

    private ReportFileNames() {
    }

    /** The whole package (附件1–3) as {@code .pdf}, {@code .docx} or {@code .html}. */
    public static String report(EvaluationReportModel m, String extension) {
        return base(m) + "整体支出绩效自评报告." + strip(extension);
    }

    public static String pdf(EvaluationReportModel m) {
        return report(m, "pdf");
    }

    public static String docx(EvaluationReportModel m) {
        return report(m, "docx");
    }

    public static String html(EvaluationReportModel m) {
        return report(m, "html");
    }

    /** Attachments 1 and 2 as a workbook. */
    public static String xlsx(EvaluationReportModel m) {
        return base(m) + "整体支出绩效自评附件1-2.xlsx";
    }

    /** A folder name for the unit (the full unit name), safe on Windows, macOS and Linux. */
    public static String folder(EvaluationReportModel m) {
        return safe(m.unitName());
    }

    private static String base(EvaluationReportModel m) {
        return safe(m.year() + "年度" + m.unitShortName());
    }

    private static String strip(String ext) {
        return ext.startsWith(".") ? ext.substring(1) : ext;
    }

    /** Replaces / \ : * ? " < > | and control characters by "_", trims dots and spaces at the ends. */
    public static String safe(String name) {
        String s = name.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_").strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "_" : s;
    }
}
