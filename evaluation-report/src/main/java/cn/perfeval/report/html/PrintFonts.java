package cn.perfeval.report.html;

import java.util.Objects;

/**
 * CSS font-family lists for the print variant of the document, one per role of an official document: title
 * (小标宋), body (仿宋), first-level headings (黑体), second-level headings (楷体) and page numbers (宋体).
 */
public record PrintFonts(String title, String body, String heading1, String heading2, String pageNumber) {

    public PrintFonts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(heading1, "heading1");
        Objects.requireNonNull(heading2, "heading2");
        Objects.requireNonNull(pageNumber, "pageNumber");
    }

    /** One list for every role. */
    public static PrintFonts all(String family) {
        return new PrintFonts(family, family, family, family, family);
    }
}
