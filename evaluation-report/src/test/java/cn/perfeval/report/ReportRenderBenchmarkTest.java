package cn.perfeval.report;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: measures, it does not assert. Runs only with {@code mvn -pl evaluation-report -Pbenchmark verify}
 * (tag "benchmark" is excluded by default). Renders the seed 200 times per format after a warm-up and writes the
 * median (and p90) per format to {@code target/benchmarks/report-render.txt}.
 */
@Tag("benchmark")
class ReportRenderBenchmarkTest {

    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 50);
    static final int RUNS = Integer.getInteger("benchmark.runs", 200);

    @Test
    void renderSeedInEveryFormat() throws Exception {
        EvaluationReportModel m = FixtureModels.gaoqiao();
        HtmlReportRenderer html = new HtmlReportRenderer();
        DocxReportRenderer docx = new DocxReportRenderer();
        PdfReportRenderer pdf = new PdfReportRenderer();
        XlsxReportRenderer xlsx = new XlsxReportRenderer();
        Map<String, Supplier<Object>> formats = new LinkedHashMap<>();
        formats.put("HTML", () -> html.renderDocument(m));
        formats.put("Word (.docx)", () -> docx.render(m));
        formats.put("PDF", () -> pdf.render(m));
        formats.put("Excel (.xlsx)", () -> xlsx.render(m));

        StringBuilder out = new StringBuilder();
        out.append("# evaluation-report render benchmark: seed gaoqiao-2020, ").append(RUNS).append(" runs after ")
                .append(WARM_UP).append(" warm-up runs, one thread\n");
        out.append("# ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        out.append(String.format("%-14s %10s %10s %10s%n", "format", "median ms", "p90 ms", "min ms"));
        for (Map.Entry<String, Supplier<Object>> f : formats.entrySet()) {
            Object sink = null;
            for (int i = 0; i < WARM_UP; i++) {
                sink = f.getValue().get();
            }
            long[] t = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long s = System.nanoTime();
                sink = f.getValue().get();
                t[i] = System.nanoTime() - s;
            }
            Arrays.sort(t);
            out.append(String.format("%-14s %10.2f %10.2f %10.2f%n", f.getKey(), t[RUNS / 2] / 1e6, t[RUNS * 9 / 10] / 1e6, t[0] / 1e6));
            if (sink == null) {
                throw new AssertionError();
            }
        }
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report-render.txt"), out.toString());
        System.out.print(out);
    }
}
