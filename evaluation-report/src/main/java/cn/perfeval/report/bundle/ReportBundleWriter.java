package cn.perfeval.report.bundle;

import cn.perfeval.report.ReportFileNames;
import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
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
        Progress p = progress == null ? Progress.NONE : progress;
        Map<String, Integer> seen = new HashMap<>();
        int done = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
            OutputStream entry = new NonClosing(zip);
            while (models.hasNext()) {
                EvaluationReportModel m = models.next();
                String folder = ReportFileNames.folder(m);
                int n = seen.merge(folder, 1, Integer::sum);
                if (n > 1) {
                    folder = folder + "（" + n + "）";
                }
                if (formats.contains(Format.PDF)) {
                    zip.putNextEntry(new ZipEntry(folder + "/" + ReportFileNames.pdf(m)));
                    pdf.render(m, entry);
                    zip.closeEntry();
                }
                if (formats.contains(Format.DOCX)) {
                    zip.putNextEntry(new ZipEntry(folder + "/" + ReportFileNames.docx(m)));
                    docx.render(m, entry);
                    zip.closeEntry();
                }
                if (formats.contains(Format.XLSX)) {
                    zip.putNextEntry(new ZipEntry(folder + "/" + ReportFileNames.xlsx(m)));
                    xlsx.render(m, entry);
                    zip.closeEntry();
                }
                if (formats.contains(Format.HTML)) {
                    zip.putNextEntry(new ZipEntry(folder + "/" + ReportFileNames.html(m)));
                    Writer w = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
                    html.renderDocument(m, w);
                    w.flush();
                    zip.closeEntry();
                }
                zip.flush();
                p.written(++done, m);
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
