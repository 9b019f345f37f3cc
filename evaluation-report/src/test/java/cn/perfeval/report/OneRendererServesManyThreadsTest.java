package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.docx.DocxReportRenderer;
import cn.perfeval.report.html.HtmlReportRenderer;
import cn.perfeval.report.model.EvaluationReportModel;
import cn.perfeval.report.pdf.PdfReportRenderer;
import cn.perfeval.report.support.Outputs;
import cn.perfeval.report.xlsx.XlsxReportRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The web module shares one renderer of each kind: renders running at once give what one alone gives. */
class OneRendererServesManyThreadsTest {

    static final int THREADS = 4;

    @Test
    void concurrentRendersMatchASingleOne() throws Exception {
        EvaluationReportModel m = SeedModels.seed();
        PdfReportRenderer pdf = new PdfReportRenderer();
        DocxReportRenderer docx = new DocxReportRenderer();
        HtmlReportRenderer html = new HtmlReportRenderer();
        XlsxReportRenderer xlsx = new XlsxReportRenderer();
        List<String> pdfText = Outputs.pdfPages(pdf.render(m));
        // the zip's entry times follow the wall clock: compare the parts
        String docxXml = Outputs.zipEntry(docx.render(m), "word/document.xml");
        String htmlText = html.renderDocument(m);
        var xlsxCells = Outputs.excel(xlsx.render(m));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    // the warm-up an application may run after start, at the same time as real renders
                    pdf.warmUp();
                    assertThat(Outputs.pdfPages(pdf.render(m))).isEqualTo(pdfText);
                    assertThat(Outputs.zipEntry(docx.render(m), "word/document.xml")).isEqualTo(docxXml);
                    assertThat(html.renderDocument(m)).isEqualTo(htmlText);
                    assertThat(Outputs.excel(xlsx.render(m))).isEqualTo(xlsxCells);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
