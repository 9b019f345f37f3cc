package cn.perfeval.report.pdf;

import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.html.PrintFonts;
import cn.perfeval.report.model.BasicDataView;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.model.ExpenseRowLayout;
import cn.perfeval.report.model.IndicatorArea;
import cn.perfeval.report.model.IndicatorGroup;
import cn.perfeval.report.model.IndicatorRow;
import cn.perfeval.report.model.ReportSection;
import cn.perfeval.report.model.ScoreSheetView;
import cn.perfeval.report.model.SelfReportView;
import cn.perfeval.report.model.Staffing;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * The three attachments as PDF, laid out as GB/T 9704 asks and as the Word file is: A4 at 37/26/35/28 mm, 附件2
 * landscape and centred, table headers repeated and no table row cut by a page end, headings kept with what
 * follows, page numbers "— n —" counting from 1 in each attachment (the cover of 附件3 has none), and the PDF's
 * page labels saying the same ("附件2-3"). Made by openhtmltopdf from the print variant of the HTML.
 *
 * <p>Fonts by role (see {@link PdfFontConfig}): shipped open fonts unless a bureau's licensed ones are configured.
 * They are parsed once, when the renderer is made (the shipped ones once per JVM), and subset into each PDF.
 * Thread-safe: one instance serves every request.
 */
public final class PdfReportRenderer {

    private static final Pattern STARTS = Pattern.compile("^start-attachment-");

    private final PdfFonts fonts;
    private final PrintFonts families;
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    /** Font metrics by family, shared by the renders: a face then needs parsing into a PDF font only if drawn. */
    private final FSCacheEx<String, FSCacheValue> metrics = new MetricsCache();

    /** With the shipped fonts for every role. */
    public PdfReportRenderer() {
        this(PdfFontConfig.shipped());
    }

    /**
     * With the configured font files for the roles that name one (read and checked now: a wrong path or an
     * OpenType/CFF file fails here, with the property's name, not at the first download).
     */
    public PdfReportRenderer(PdfFontConfig config) {
        this.fonts = PdfFonts.of(config);
        this.families = fonts.cssFamilies();
    }

    /** The body set in this TrueType font (e.g. a licensed 仿宋_GB2312), the rest shipped; as {@code eval.report.pdf-font} did. */
    public PdfReportRenderer(Path bodyFont) {
        this(new PdfFontConfig(null, bodyFont, null, null));
    }

    public byte[] render(EvaluationReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(model, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out} (not closed). */
    public void render(EvaluationReportModel model, OutputStream out) {
        String xhtml = html.renderForPrint(model, families);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            b.withHtmlContent(xhtml, null);
            fonts.register(b, doc);
            b.withProducer("perfeval evaluation-report");
            PdfBoxRenderer r = b.buildPdfRenderer();
            try {
                r.layout();
                r.createPDFWithoutClosing();
                labelPages(r, doc);
            } finally {
                r.close();
            }
            doc.getDocumentInformation().setTitle(model.title());
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a small document once and throws it away, so that the first real PDF does not pay for loading the
     * PDF machinery's classes and compiling its code (about a second on a cold JVM). For an application to call once
     * after start, e.g. in the background; optional, and safe at any time.
     */
    public void warmUp() {
        IndicatorRow row = new IndicatorRow("1.1.1", "绩效目标合理性", BigDecimal.TEN, "①是否符合规划；", "①符合，计10分。",
                BigDecimal.TEN, null, null);
        ScoreSheetView sheet = new ScoreSheetView(List.of(new IndicatorArea("1", "投入", BigDecimal.TEN,
                List.of(new IndicatorGroup("1.1", "目标设定", BigDecimal.TEN, List.of(row))))), null, "优", null);
        SelfReportView report = new SelfReportView("2020年度预热单位整体支出预算绩效自评报告", List.of(
                new ReportSection("unitOverview", "单位基本情况", "（一）单位基本情况\n正文 2020年 100% ≦ ①。")), null);
        BasicDataView basic = new BasicDataView(new Staffing(52, 43), ExpenseRowLayout.standardRows(Map.of()), List.of(),
                "严控“三公”经费。", "万元");
        render(new EvaluationReportModel("预热单位", null, 2020, null, basic, sheet, report), OutputStream.nullOutputStream());
    }

    /** PDF page labels restart with each attachment, as the printed numbers do: 附件1-1…, 附件3 封面, 附件3-1…. */
    private static void labelPages(PdfBoxRenderer r, PDDocument doc) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        for (PagePosition<?> p : r.findPagePositionsByID(STARTS)) {
            String which = p.getId().substring("start-attachment-".length());
            PDPageLabelRange range = new PDPageLabelRange();
            if (which.endsWith("-cover")) {
                range.setPrefix("附件" + which.substring(0, which.indexOf('-')) + " 封面");
            } else {
                range.setPrefix("附件" + which + "-");
                range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                range.setStart(1);
            }
            labels.setLabelItem(p.getPageNo(), range);
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    /** The embedded font's PostScript name for a role (e.g. "BousungEG-Light-GB" for the shipped body font). */
    public String fontName(String role) {
        return fonts.postScriptName(switch (role) {
            case "title" -> PdfFonts.Face.TITLE;
            case "body" -> PdfFonts.Face.BODY;
            case "heading1" -> PdfFonts.Face.HEADING1;
            case "heading2" -> PdfFonts.Face.HEADING2;
            default -> throw new IllegalArgumentException("role: title, body, heading1 or heading2, not " + role);
        });
    }

    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
