package cn.perfeval.report.html;

import cn.perfeval.report.ReportTemplates;
import cn.perfeval.report.model.EvaluationReportModel;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The three attachments as HTML: a whole document (preview, public page) or a fragment to place inside a page (its
 * CSS is scoped under {@code .pe-report}). The output is well-formed XHTML, so it also feeds the PDF renderer. All
 * text is escaped; characters illegal in XML are removed by the read model. Thread-safe.
 */
public final class HtmlReportRenderer {

    private static final String TEMPLATE = "html/document.ftl";

    public HtmlReportRenderer() {
        // the templates are parsed now, not by the first request
        ReportTemplates.get();
    }

    /** A full HTML document for screen. */
    public String renderDocument(EvaluationReportModel model) {
        return render(model, false, false, null);
    }

    /** A fragment ({@code <style>} scoped to {@code .pe-report}, then the content) to embed in a page. */
    public String renderFragment(EvaluationReportModel model) {
        return render(model, true, false, null);
    }

    /** The full document as UTF-8 bytes. */
    public byte[] render(EvaluationReportModel model) {
        return renderDocument(model).getBytes(StandardCharsets.UTF_8);
    }

    /** The print variant used for the PDF: paged media rules, each role's font set to the given family list. */
    public String renderForPrint(EvaluationReportModel model, PrintFonts fonts) {
        return render(model, false, true, Objects.requireNonNull(fonts, "fonts"));
    }

    public void renderDocument(EvaluationReportModel model, Writer out) {
        ReportTemplates.get().render(TEMPLATE, data(model, false, false, null), out);
    }

    private String render(EvaluationReportModel model, boolean fragment, boolean pdf, PrintFonts font) {
        StringWriter w = new StringWriter(64 * 1024);
        ReportTemplates.get().render(TEMPLATE, data(model, fragment, pdf, font), w);
        return w.toString();
    }

    private static Map<String, Object> data(EvaluationReportModel model, boolean fragment, boolean pdf, PrintFonts font) {
        Map<String, Object> d = new HashMap<>();
        d.put("m", model);
        d.put("fragment", fragment);
        d.put("pdf", pdf);
        d.put("pdfFonts", font == null ? PrintFonts.all("serif") : font);
        return d;
    }
}
