package cn.perfeval.report.bundle;

import cn.perfeval.report.ReportFileNames;
import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes many evaluations into one ZIP, streaming: each evaluation is rendered straight into its entries, one
 * folder per unit ({@code 长沙市雨花区高桥街道办事处/2020年度…自评报告.pdf}), so neither the ZIP nor more than one
 * evaluation's output is held in memory. Two evaluations of the same unit get folders "名称", "名称（2）", ….
 */
public final class ReportBundleWriter {

    /** What goes into each folder. */
    public enum Format { PDF, DOCX, XLSX, HTML }

    /** Called after each evaluation is written: how many are done, and which unit. */
    @FunctionalInterface
    public interface Progress {
        void written(int done, EvaluationReportModel model);

        Progress NONE = (done, model) -> { };
    }

    /**
     * What becomes of a file that cannot be rendered: it is left out and reported here, the rest of the ZIP goes on;
     * the lines of {@link #notes()}, when there are any, end the ZIP as 说明.txt.
     */
    public interface Failures {
        void failed(EvaluationReportModel model, String path, RuntimeException cause);

        java.util.List<String> notes();
    }

    /** The name of the note that lists what is missing from the ZIP. */
    public static final String NOTE = "说明.txt";

    private final PdfReportRenderer pdf;
    private final DocxReportRenderer docx;
    private final XlsxReportRenderer xlsx;
    private final HtmlReportRenderer html;
    private final Set<Format> formats;

    /** PDF, Word and Excel with the shipped font. */
    public ReportBundleWriter() {
        this(new PdfReportRenderer(), EnumSet.of(Format.PDF, Format.DOCX, Format.XLSX));
    }

    public ReportBundleWriter(PdfReportRenderer pdf, Set<Format> formats) {
        this.pdf = Objects.requireNonNull(pdf);
        this.docx = new DocxReportRenderer();
        this.xlsx = new XlsxReportRenderer();
        this.html = new HtmlReportRenderer();
        this.formats = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
    }

    /** Writes the ZIP to {@code out} and finishes it; {@code out} is not closed. Returns the number of evaluations. */
    public int write(OutputStream out, Iterator<EvaluationReportModel> models, Progress progress) {
        return write(out, models, progress, null);
    }

    /** As above; with {@code failures}, a file that fails to render is left out and reported instead of failing all. */
    public int write(OutputStream out, Iterator<EvaluationReportModel> models, Progress progress, Failures failures) {
        Progress p = progress == null ? Progress.NONE : progress;
        Map<String, Integer> seen = new HashMap<>();
        int done = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
            while (models.hasNext()) {
                EvaluationReportModel m = models.next();
                String folder = ReportFileNames.folder(m);
                int n = seen.merge(folder, 1, Integer::sum);
                if (n > 1) {
                    folder = folder + "（" + n + "）";
                }
                if (formats.contains(Format.PDF)) {
                    entry(zip, folder + "/" + ReportFileNames.pdf(m), m, failures, o -> pdf.render(m, o));
                }
                if (formats.contains(Format.DOCX)) {
                    entry(zip, folder + "/" + ReportFileNames.docx(m), m, failures, o -> docx.render(m, o));
                }
                if (formats.contains(Format.XLSX)) {
                    entry(zip, folder + "/" + ReportFileNames.xlsx(m), m, failures, o -> xlsx.render(m, o));
                }
                if (formats.contains(Format.HTML)) {
                    entry(zip, folder + "/" + ReportFileNames.html(m), m, failures, o -> {
                        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                        html.renderDocument(m, w);
                        w.flush();
                    });
                }
                zip.flush();
                p.written(++done, m);
            }
            if (failures != null && !failures.notes().isEmpty()) {
                zip.putNextEntry(new ZipEntry(NOTE));
                zip.write(String.join("\r\n", failures.notes()).concat("\r\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done;
    }

    public int write(OutputStream out, Stream<EvaluationReportModel> models, Progress progress) {
        return write(out, models.iterator(), progress);
    }

    private interface Render {
        void to(OutputStream out) throws IOException;
    }

    /**
     * Without {@code failures} the file streams straight into its entry; with them it is rendered aside first, so a
     * failure leaves no half-written entry behind.
     */
    private static void entry(ZipOutputStream zip, String path, EvaluationReportModel m, Failures failures,
                              Render render) throws IOException {
        if (failures == null) {
            zip.putNextEntry(new ZipEntry(path));
            render.to(new NonClosing(zip));
            zip.closeEntry();
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            render.to(file);
        } catch (RuntimeException e) {
            failures.failed(m, path, e);
            return;
        } catch (IOException e) {
            failures.failed(m, path, new UncheckedIOException(e));
            return;
        }
        zip.putNextEntry(new ZipEntry(path));
        file.writeTo(zip);
        zip.closeEntry();
    }

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
