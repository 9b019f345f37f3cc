package cn.perfeval.report;

import cn.perfeval.report.fixture.FixtureModels;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import java.lang.management.ManagementFactory;

/**
 * Run in a JVM of its own by {@link ReportRenderBenchmarkTest}: makes the renderer, optionally warms it up, renders
 * the seed once and prints "construct warmUp first sinceJvmStart" in milliseconds on one line.
 */
public final class FirstPdfInFreshJvm {

    private FirstPdfInFreshJvm() {
    }

    public static void main(String[] args) {
        boolean warm = args.length > 0 && args[0].equals("warm");
        EvaluationReportModel m = FixtureModels.gaoqiao();
        long t0 = System.nanoTime();
        PdfReportRenderer pdf = new PdfReportRenderer();
        long t1 = System.nanoTime();
        if (warm) {
            pdf.warmUp();
        }
        long t2 = System.nanoTime();
        byte[] bytes = pdf.render(m);
        long t3 = System.nanoTime();
        if (bytes.length < 10_000) {
            throw new IllegalStateException("no PDF");
        }
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%d %d %d %d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, sinceStart);
    }
}
