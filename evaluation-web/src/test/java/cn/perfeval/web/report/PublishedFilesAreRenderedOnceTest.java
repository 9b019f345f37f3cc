package cn.perfeval.web.report;

import static cn.perfeval.workflow.support.Scenes.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport;
import cn.perfeval.workflow.publishedfile.PublishedFiles;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A published evaluation's files are rendered once per publication and then read; withdrawn, they go with it. */
class PublishedFilesAreRenderedOnceTest extends RunningPlatformTest {

    @Autowired
    ReportRendering rendering;
    @Autowired
    ReportModels models;
    @Autowired
    PublishedFiles files;

    @Test
    void theSecondPublicDownloadIsReadNotRenderedUntilThePublicationIsWithdrawn() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        String finance = Scenes.newBureauUser(directory, encoder, java.util.EnumSet.of(
                cn.perfeval.domain.evaluation.Role.FINANCE_REVIEWER));
        long id = publish(unit, 2001 + (int) (unit.id() % 18), finance);
        String pdfPath = "/api/public/evaluations/" + id + "/report.pdf";

        long before = rendering.renders();
        Response first = http().get(pdfPath, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(rendering.renders()).as("the first download renders").isEqualTo(before + 1);
        Response second = http().get(pdfPath, null);
        assertThat(second.status()).isEqualTo(200);
        assertThat(rendering.renders()).as("the second is read from the kept file").isEqualTo(before + 1);
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(second.header("Content-Disposition")).isEqualTo(first.header("Content-Disposition"));
        assertThat(second.header("Content-Length")).isEqualTo(String.valueOf(first.bytes().length));
        assertThat(files.countOf(id)).isEqualTo(1);

        // the page route and the bureau's own read of the published evaluation serve the same kept file
        assertThat(http().get("/public/evaluations/" + id + "/report.pdf", null).bytes()).isEqualTo(first.bytes());
        assertThat(http().get("/api/evaluations/" + id + "/report.pdf", finance).bytes()).isEqualTo(first.bytes());
        assertThat(rendering.renders()).isEqualTo(before + 1);

        // a kept file is exactly what a fresh render of the published state gives (HTML renders deterministically)
        Response html = http().get("/api/public/evaluations/" + id + "/report.html", null);
        assertThat(http().get("/api/public/evaluations/" + id + "/report.html", null).bytes()).isEqualTo(html.bytes());
        assertThat(html.bytes()).isEqualTo(rendering.render(models.forPublic(id), ReportFormat.HTML));
        Response xlsx = http().get("/api/public/evaluations/" + id + "/attachments.xlsx", null);
        assertThat(http().get("/api/public/evaluations/" + id + "/attachments.xlsx", null).bytes())
                .isEqualTo(xlsx.bytes());
        assertThat(files.countOf(id)).isEqualTo(3);

        // the unit's own copy and its fill-in form are not the public files: rendered each time, never kept
        long unitBefore = rendering.renders();
        assertThat(http().get("/api/evaluations/" + id + "/report.docx", unit.submitter()).status()).isEqualTo(200);
        assertThat(rendering.renders()).isEqualTo(unitBefore + 1);
        assertThat(files.countOf(id)).isEqualTo(3);

        approvals.unpublish(actor(directory, "publisher"), id, "数据需更正");
        assertThat(files.countOf(id)).as("withdrawn: the kept files go with the publication").isZero();
        assertThat(http().get(pdfPath, null).status()).isEqualTo(404);

        approvals.publish(actor(directory, "publisher"), id);
        long republished = rendering.renders();
        Response again = http().get(pdfPath, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(rendering.renders()).as("a republication renders anew").isEqualTo(republished + 1);
        assertThat(http().get(pdfPath, null).bytes()).isEqualTo(again.bytes());
        assertThat(rendering.renders()).isEqualTo(republished + 1);
        assertThat(files.countOf(id)).isEqualTo(1);
    }

    @Test
    void twoRendersOfTheSameFileAtOnceBothSucceedAndOneIsKept() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        String finance = Scenes.newBureauUser(directory, encoder, java.util.EnumSet.of(
                cn.perfeval.domain.evaluation.Role.FINANCE_REVIEWER));
        long id = publish(unit, 2001 + (int) (unit.id() % 18), finance);
        LocalDateTime at = jdbc.queryForObject("select published_at from evaluation where id = ?", LocalDateTime.class, id);
        // what a second node does when it rendered the same file at the same time: its insert meets the first's key
        files.keep(id, "HTML", at, rendering.renderer(), "a.html", "text/html;charset=UTF-8",
                "first".getBytes(StandardCharsets.UTF_8));
        files.keep(id, "HTML", at, rendering.renderer(), "a.html", "text/html;charset=UTF-8",
                "first".getBytes(StandardCharsets.UTF_8));
        assertThat(files.countOf(id)).isEqualTo(1);
        assertThat(http().get("/api/public/evaluations/" + id + "/report.html", null).body()).isEqualTo("first");

        // a release that renders differently does not serve the old renderer's file: it renders and replaces it
        long before = rendering.renders();
        files.keep(id, "PDF", at, "another-renderer", "a.pdf", "application/pdf", "old".getBytes(StandardCharsets.UTF_8));
        Response pdf = http().get("/api/public/evaluations/" + id + "/report.pdf", null);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(rendering.renders()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from published_file where evaluation_id = ? and format = 'PDF'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void firstAndKeptPdfDownloadTimesAreWrittenDown() throws IOException {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        String finance = Scenes.newBureauUser(directory, encoder, java.util.EnumSet.of(
                cn.perfeval.domain.evaluation.Role.FINANCE_REVIEWER));
        long id = publish(unit, 2001 + (int) (unit.id() % 18), finance);
        String path = "/api/public/evaluations/" + id + "/report.pdf";
        http().get("/api/public/evaluations/" + id + "/report.html", null); // connection and JIT of the route, not the PDF

        long start = System.nanoTime();
        Response first = http().get(path, null);
        double firstMs = (System.nanoTime() - start) / 1e6;
        assertThat(first.status()).isEqualTo(200);
        int runs = 20;
        double[] kept = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            assertThat(http().get(path, null).bytes()).isEqualTo(first.bytes());
            kept[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(kept);
        double keptMedian = kept[runs / 2];
        assertThat(keptMedian).as("a kept download is a read, not a render").isLessThan(firstMs);

        Path out = Path.of("target", "benchmarks", "published-files.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(java.util.Locale.ROOT,
                "published report.pdf of the seed evaluation (%d bytes), database %s%n"
                        + "first public download (renders and keeps): %.1f ms%n"
                        + "kept public download, median of %d: %.1f ms (min %.1f, max %.1f)%n",
                first.bytes().length, jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c ->
                        c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()), firstMs, runs, keptMedian,
                kept[0], kept[runs - 1]));
    }

    private long publish(TestUnit unit, int year, String finance) {
        long id = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, year);
        approvals.approve(actor(directory, finance), Scenes.openTask(tasks, jdbc, id).getId(),
                new ApprovalRequest("同意", Map.of(), "良", "自评较规范"));
        approvals.publish(actor(directory, "publisher"), id);
        return id;
    }
}
