package cn.perfeval.report.pdf;

import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The three attachments as PDF (A4, 附件2 landscape, page numbers "— n —"), made by openhtmltopdf from the print
 * variant of the HTML. Chinese needs a TrueType (glyf) font: by default the shipped Droid Sans Fallback
 * ({@code /fonts/DroidSansFallbackFull.ttf}, Apache 2.0); another one can be given. The font is read once and
 * subset into each PDF. Thread-safe.
 */
public final class PdfReportRenderer {

    /** The shipped Chinese font, on the classpath (Droid Sans Fallback, Apache 2.0). */
    public static final String DEFAULT_FONT_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

    /** The shipped second font for Latin, digits, ①…⑦, ≦ and other symbols the first lacks (DejaVu Sans). */
    public static final String DEFAULT_FALLBACK_FONT_RESOURCE = "/fonts/DejaVuSans.ttf";

    static final String FAMILY = "PerfevalCJK";
    static final String FALLBACK_FAMILY = "PerfevalLatin";
    static final String CSS_FONT_LIST = "'" + FAMILY + "', '" + FALLBACK_FAMILY + "'";

    private static volatile byte[] defaultFont;
    private static volatile byte[] defaultFallback;

    private final byte[] font;
    private final byte[] fallback;
    private final HtmlReportRenderer html;

    /** Uses the shipped fonts. */
    public PdfReportRenderer() {
        this(shippedFont(), shippedFallback());
    }

    /**
     * Uses this TrueType font file for Chinese (a .ttf with glyf outlines; CFF/OpenType .otf and .ttc are not
     * supported by openhtmltopdf), with the shipped DejaVu Sans behind it.
     */
    public PdfReportRenderer(Path trueTypeFont) {
        this(readFile(trueTypeFont), shippedFallback());
    }

    /** Uses these fonts (TrueType bytes): first the Chinese one, then one for what it lacks ({@code null}: none). */
    public PdfReportRenderer(byte[] trueTypeFont, byte[] fallbackTrueTypeFont) {
        this.font = Objects.requireNonNull(trueTypeFont, "font").clone();
        this.fallback = fallbackTrueTypeFont == null ? null : fallbackTrueTypeFont.clone();
        this.html = new HtmlReportRenderer();
    }

    private static byte[] shippedFont() {
        byte[] f = defaultFont;
        if (f == null) {
            defaultFont = f = readResource(DEFAULT_FONT_RESOURCE);
        }
        return f;
    }

    private static byte[] shippedFallback() {
        byte[] f = defaultFallback;
        if (f == null) {
            defaultFallback = f = readResource(DEFAULT_FALLBACK_FONT_RESOURCE);
        }
        return f;
    }

    public byte[] render(EvaluationReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(model, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out} (not closed). */
    public void render(EvaluationReportModel model, OutputStream out) {
        String xhtml = html.renderForPrint(model, CSS_FONT_LIST);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(xhtml, null);
            b.useFont(this::fontStream, FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(this::fontStream, FAMILY, 700, FontStyle.NORMAL, true);
            if (fallback != null) {
                b.useFont(() -> new ByteArrayInputStream(fallback), FALLBACK_FAMILY, 400, FontStyle.NORMAL, true);
                b.useFont(() -> new ByteArrayInputStream(fallback), FALLBACK_FAMILY, 700, FontStyle.NORMAL, true);
            }
            b.withProducer("perfeval evaluation-report");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream fontStream() {
        return new ByteArrayInputStream(font);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFile(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
