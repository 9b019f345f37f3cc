package cn.perfeval.report.docx;

import cn.perfeval.report.ReportTemplates;
import cn.perfeval.report.model.EvaluationReportModel;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The three attachments as a Word document (.docx): WordprocessingML written by FreeMarker templates
 * ({@code report-templates/docx/}), zipped with its fixed parts. Four sections: 附件1 (A4), 附件2 (A4 landscape),
 * the cover of 附件3 (no page number) and the report; GB/T 9704 margins, 仿宋_GB2312 三号 with 28 pt fixed line
 * spacing, headings 黑体 / 楷体_GB2312, footer "— PAGE —". Thread-safe.
 */
public final class DocxReportRenderer {

    private static final String BASE = "/report-templates/docx/parts/";

    /** Fixed parts: zip entry name → bytes, read once. */
    private static final Map<String, byte[]> FIXED = loadFixed();

    // column widths in twips (1 mm = 56.7 twips); text width A4 portrait 156 mm = 8845, landscape 237 mm = 13436
    private static final List<Integer> GRID_1 = List.of(3007, 973, 973, 973, 973, 973, 973);
    private static final List<Integer> GRID_2 = List.of(941, 941, 1209, 672, 4567, 4300, 806);
    private static final List<Integer> GRID_2_REVIEWED = List.of(941, 941, 1209, 672, 4164, 3897, 806, 806);
    private static final List<Integer> GRID_FIG_2 = List.of(5307, 3538);
    private static final List<Integer> GRID_FIG_3 = List.of(4423, 2211, 2211);

    private final Supplier<Instant> clock;

    public DocxReportRenderer() {
        this(Instant::now);
    }

    /** With a clock for docProps' created/modified (tests that compare bytes). */
    public DocxReportRenderer(Supplier<Instant> clock) {
        this.clock = clock;
        // the templates are parsed now, not by the first request
        ReportTemplates.get();
    }

    public byte[] render(EvaluationReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        render(model, out);
        return out.toByteArray();
    }

    /** Writes the .docx to {@code out} (not closed). */
    public void render(EvaluationReportModel model, OutputStream out) {
        Map<String, Object> data = new HashMap<>();
        data.put("m", model);
        data.put("grid1", GRID_1);
        data.put("grid2", GRID_2);
        data.put("grid2r", GRID_2_REVIEWED);
        data.put("gridFig2", GRID_FIG_2);
        data.put("gridFig3", GRID_FIG_3);
        data.put("created", clock.get().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", FIXED.get("[Content_Types].xml"));
            put(zip, "_rels/.rels", FIXED.get("_rels/.rels"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            ReportTemplates.get().render("docx/document.ftl", data, w);
            w.flush();
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : FIXED.entrySet()) {
                if (!e.getKey().equals("[Content_Types].xml") && !e.getKey().equals("_rels/.rels")) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            ReportTemplates.get().render("docx/core.ftl", data, w);
            w.flush();
            zip.closeEntry();
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static Map<String, byte[]> loadFixed() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "[Content_Types].xml");
        parts.put("_rels/.rels", "root.rels");
        parts.put("word/_rels/document.xml.rels", "document.xml.rels");
        parts.put("word/styles.xml", "styles.xml");
        parts.put("word/settings.xml", "settings.xml");
        parts.put("word/fontTable.xml", "fontTable.xml");
        parts.put("word/footer1.xml", "footer1.xml");
        parts.put("word/footer2.xml", "footer2.xml");
        parts.put("docProps/app.xml", "app.xml");
        Map<String, byte[]> fixed = new LinkedHashMap<>();
        parts.forEach((entry, resource) -> {
            try (InputStream in = DocxReportRenderer.class.getResourceAsStream(BASE + resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + BASE + resource);
                }
                fixed.put(entry, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Map.copyOf(fixed);
    }

    /** Lets the zip finish without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
