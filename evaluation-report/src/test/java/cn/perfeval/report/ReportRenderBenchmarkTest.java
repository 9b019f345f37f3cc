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
 * Not a timed test: measures, it does not assert. Runs only with {@code mvn -pl evaluation-report -am -Pbenchmark verify}
 * (tag "benchmark" is excluded by default). Renders the seed 200 times per format after a warm-up and writes the
 * median (and p90) per format to {@code target/benchmarks/report-render.txt}, then the first PDF in fresh JVMs.
 */
@Tag("benchmark")
class ReportRenderBenchmarkTest {

    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 50);
    static final int RUNS = Integer.getInteger("benchmark.runs", 200);

    static final int FRESH_JVMS = Integer.getInteger("benchmark.freshJvms", 5);

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
        out.append(firstPdfInFreshJvms());
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report-render.txt"), out.toString());
        System.out.print(out);
    }

    /**
     * The first PDF in a fresh JVM (java -cp … FirstPdfInFreshJvm), as after an application's start: median over
     * {@link #FRESH_JVMS} JVMs of making the renderer (fonts, templates), of the first render, and of the time from
     * the JVM's start to the first PDF; then the same when the application calls {@code warmUp()} after start.
     */
    static String firstPdfInFreshJvms() throws Exception {
        StringBuilder out = new StringBuilder(String.format("%n# first PDF of the seed in a fresh JVM (java -cp … %s),"
                + " median of %d JVMs%n", FirstPdfInFreshJvm.class.getSimpleName(), FRESH_JVMS));
        out.append(String.format("%-22s %12s %10s %12s %14s%n", "", "construct ms", "warmUp ms", "first PDF ms",
                "JVM start→PDF"));
        for (String mode : new String[] {"cold", "warm"}) {
            long[][] runs = new long[4][FRESH_JVMS];
            for (int i = 0; i < FRESH_JVMS; i++) {
                String[] f = freshJvm(mode).strip().split(" ");
                for (int k = 0; k < 4; k++) {
                    runs[k][i] = Long.parseLong(f[k]);
                }
            }
            for (long[] r : runs) {
                Arrays.sort(r);
            }
            out.append(String.format("%-22s %12d %10s %12d %14d%n", mode.equals("cold") ? "first render" : "after warmUp()",
                    runs[0][FRESH_JVMS / 2], mode.equals("cold") ? "-" : String.valueOf(runs[1][FRESH_JVMS / 2]),
                    runs[2][FRESH_JVMS / 2], runs[3][FRESH_JVMS / 2]));
        }
        return out.toString();
    }

    private static String freshJvm(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-cp", cp, FirstPdfInFreshJvm.class.getName(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new String(p.getInputStream().readAllBytes()).lines().filter(l -> l.matches("[0-9 ]+"))
                .findFirst().orElse("");
        if (p.waitFor() != 0 || line.isEmpty()) {
            throw new AssertionError("fresh JVM failed (exit " + p.exitValue() + ")");
        }
        return line;
    }
}
