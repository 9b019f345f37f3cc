package cn.perfeval.web.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.perfeval.report.ReportFileNames;
import cn.perfeval.report.bundle.ReportBundleWriter;
import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfFontConfig;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.xlsx.WorkbookForm;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The renderers, made once (the PDF font is loaded once), and the file answer for each format. */
@Component
public class ReportRendering {

    /** The preview page may style itself inline but run nothing and load nothing from elsewhere. */
    static final String PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final DocxReportRenderer docx = new DocxReportRenderer();
    private final XlsxReportRenderer xlsx = new XlsxReportRenderer();
    private final WorkbookForm form = new WorkbookForm();
    private final PdfReportRenderer pdf;
    private final String renderer;

    ReportRendering(Environment environment) {
        Map<String, String> fonts = new HashMap<>();
        for (String key : List.of(PdfFontConfig.TITLE, PdfFontConfig.BODY, PdfFontConfig.HEADING1, PdfFontConfig.HEADING2,
                PdfFontConfig.LEGACY_SINGLE)) {
            fonts.put(key, environment.getProperty(key, ""));
        }
        this.pdf = new PdfReportRenderer(PdfFontConfig.fromProperties(fonts));
        this.renderer = RendererDigest.of(new TreeMap<>(fonts));
    }

    /** Which renderer this is (templates, code, fonts): a kept file is served only to the renderer that made it. */
    public String renderer() {
        return renderer;
    }

    /** The first PDF after start would pay for laying out the fonts; do it in the background once the platform runs. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warming = new Thread(pdf::warmUp, "pdf-warm-up");
        warming.setDaemon(true);
        warming.start();
    }

    private final java.util.concurrent.atomic.AtomicLong renders = new java.util.concurrent.atomic.AtomicLong();

    public byte[] render(EvaluationReportModel model, ReportFormat format) {
        renders.incrementAndGet();
        return switch (format) {
            case HTML -> html.render(model);
            case DOCX -> docx.render(model);
            case PDF -> pdf.render(model);
            case XLSX -> xlsx.render(model);
        };
    }

    /** How many files this instance rendered since start (tests count them to prove a kept file is not rendered). */
    public long renders() {
        return renders.get();
    }

    public String fileName(EvaluationReportModel model, ReportFormat format) {
        return switch (format) {
            case HTML -> ReportFileNames.html(model);
            case DOCX -> ReportFileNames.docx(model);
            case PDF -> ReportFileNames.pdf(model);
            case XLSX -> ReportFileNames.xlsx(model);
        };
    }

    /** The attachments workbook as the unit's form, to fill in and upload again. */
    public ResponseEntity<byte[]> downloadForm(ReportModels.Form form) {
        return file(form.model(), ReportFormat.XLSX, this.form.render(form.model(), form.marker(), form.reasons()));
    }

    /** A download: always an attachment with the Chinese file name as filename*=UTF-8''…, never cached by proxies. */
    public ResponseEntity<byte[]> download(EvaluationReportModel model, ReportFormat format) {
        return file(model, format, render(model, format));
    }

    private ResponseEntity<byte[]> file(EvaluationReportModel model, ReportFormat format, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(model, format), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(format.contentType()))
                .contentLength(bytes.length)
                .body(bytes);
    }

    /** The whole document shown inside a page's frame: styled, but with no script and no outside resource. */
    public ResponseEntity<String> preview(EvaluationReportModel model) {
        return ResponseEntity.ok()
                .header("Content-Security-Policy", PREVIEW_CSP)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.renderDocument(model));
    }

    public ReportBundleWriter bundleWriter() {
        return new ReportBundleWriter(pdf, java.util.EnumSet.of(ReportBundleWriter.Format.PDF,
                ReportBundleWriter.Format.DOCX, ReportBundleWriter.Format.XLSX));
    }
}
