package cn.perfeval.report.pdf;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Which TrueType font file sets each role of an official document in the PDF (GB/T 9704): the title (方正小标宋), the
 * body (仿宋_GB2312), first-level headings (黑体) and second-level headings (楷体_GB2312). A role left {@code null}
 * uses the shipped open-licensed font (AR PL SungtiL GB for title and body, WenQuanYi Micro Hei, AR PL KaitiM GB).
 * A file must hold TrueType outlines (.ttf, or a .ttc whose first font is used); OpenType/CFF (.otf) is refused.
 * Plain Java: the web module binds the properties below.
 */
public record PdfFontConfig(Path title, Path body, Path heading1, Path heading2) {

    public static final String PREFIX = "eval.report.pdf-font.";
    public static final String TITLE = PREFIX + "title";
    public static final String BODY = PREFIX + "body";
    public static final String HEADING1 = PREFIX + "heading1";
    public static final String HEADING2 = PREFIX + "heading2";
    /** The one setting of earlier versions: a single font, now taken as the body font when {@link #BODY} is unset. */
    public static final String LEGACY_SINGLE = "eval.report.pdf-font";

    /** Every role with the shipped fonts. */
    public static PdfFontConfig shipped() {
        return new PdfFontConfig(null, null, null, null);
    }

    /** Reads {@link #TITLE}, {@link #BODY}, {@link #HEADING1}, {@link #HEADING2}; blank or missing means shipped. */
    public static PdfFontConfig fromProperties(Map<String, String> properties) {
        Path body = path(properties.get(BODY));
        return new PdfFontConfig(path(properties.get(TITLE)), body != null ? body : path(properties.get(LEGACY_SINGLE)),
                path(properties.get(HEADING1)), path(properties.get(HEADING2)));
    }

    public static PdfFontConfig fromProperties(Properties properties) {
        return fromProperties(Map.of(
                TITLE, properties.getProperty(TITLE, ""), BODY, properties.getProperty(BODY, ""),
                HEADING1, properties.getProperty(HEADING1, ""), HEADING2, properties.getProperty(HEADING2, ""),
                LEGACY_SINGLE, properties.getProperty(LEGACY_SINGLE, "")));
    }

    public boolean allShipped() {
        return title == null && body == null && heading1 == null && heading2 == null;
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }
}
