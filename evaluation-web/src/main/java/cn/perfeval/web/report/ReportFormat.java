package cn.perfeval.web.report;

import java.util.Arrays;
import java.util.Optional;

/** The files one evaluation can be read as: the three attachments as HTML, Word and PDF, and 附件1–2 as Excel. */
public enum ReportFormat {
    HTML("report.html", "text/html;charset=UTF-8"),
    DOCX("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("report.pdf", "application/pdf"),
    XLSX("attachments.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String path;
    private final String contentType;

    ReportFormat(String path, String contentType) {
        this.path = path;
        this.contentType = contentType;
    }

    public String path() {
        return path;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ReportFormat> byPath(String path) {
        return Arrays.stream(values()).filter(format -> format.path.equals(path)).findFirst();
    }
}
