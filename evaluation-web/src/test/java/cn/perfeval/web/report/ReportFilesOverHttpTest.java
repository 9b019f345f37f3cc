package cn.perfeval.web.report;

import cn.perfeval.workflow.support.Scenes;
import static cn.perfeval.workflow.support.Scenes.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.web.support.RunningPlatformTest;
import cn.perfeval.web.workflow.WorkflowTestSupport;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import cn.perfeval.workflow.campaign.CampaignService;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.review.ApprovalRequest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report files over HTTP: each format for its readers, the published ones for everyone, and the campaign ZIP. */
class ReportFilesOverHttpTest extends RunningPlatformTest {

    @Autowired
    CampaignService campaigns;

    @Test
    void eachFormatComesWithItsTypeAndAChineseFileNameForItsReadersOnly() throws IOException {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = evaluations.importDocument(actor(directory, unit.submitter()),
                Scenes.json(Scenes.seedFor(unit, 2020))).id();

        Response pdf = http().get("/api/evaluations/" + id + "/report.pdf", unit.submitter());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(fileName(pdf)).startsWith("2020年度测试街道").endsWith("整体支出绩效自评报告.pdf");

        Response docx = http().get("/api/evaluations/" + id + "/report.docx", unit.reviewer());
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
             XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains("部门整体支出绩效自评基础数据表", "7270.51", "86.2", "六、绩效自评结果拟应用和公开情况");
        }
        assertThat(fileName(docx)).endsWith(".docx");

        Response xlsx = http().get("/api/evaluations/" + id + "/attachments.xlsx", unit.reviewer());
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            // 附件1 and 附件2 to read and fill in, and the very hidden mark of the evaluation the form is for
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetVisibility(2)).isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }
        assertThat(fileName(xlsx)).endsWith(".xlsx");

        Response html = http().get("/api/evaluations/" + id + "/report.html", unit.submitter());
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("部门整体支出绩效自评表", "5510.6");

        assertThat(http().get("/api/evaluations/" + id + "/report.pdf", "guitang.submitter").status()).isEqualTo(404);
        assertThat(http().get("/api/evaluations/" + id + "/report.pdf", "finance.reviewer").status())
                .as("the bureau does not read a draft that was never handed in").isEqualTo(404);
        assertThat(http().get("/api/evaluations?year=2020", "finance.reviewer").body()).doesNotContain(unit.name());
        assertThat(http().get("/api/public/evaluations/" + id + "/report.pdf", null).status()).isEqualTo(404);
        assertThat(http().get("/api/evaluations/" + id + "/report.exe", unit.submitter()).status()).isEqualTo(404);
    }

    @Test
    void allPublishedEvaluationsOfACampaignComeAsOneZipBuiltInTheBackground() throws Exception {
        String admin = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.ADMIN));
        String finance = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.FINANCE_REVIEWER));
        TestUnit first = Scenes.newUnit(directory, encoder);
        TestUnit second = Scenes.newUnit(directory, encoder);
        TestUnit unpublished = Scenes.newUnit(directory, encoder);
        int year = 2001 + (int) (first.id() % 18);
        long campaignId = campaigns.open(actor(directory, admin), new CampaignService.OpenCampaign(year,
                year + "年度部门整体支出绩效自评", "yuhua-2020", LocalDateTime.now().plusDays(30), 3,
                List.of(first.id(), second.id(), unpublished.id()))).id();
        publish(first, year, finance);
        publish(second, year, finance);
        WorkflowTestSupport.submitted(evaluations, approvals, directory, jdbc, unpublished, year);

        assertThat(http().postJson("/api/campaigns/" + campaignId + "/report-bundle", first.submitter(), null).status())
                .isEqualTo(403);
        Response started = http().postJson("/api/campaigns/" + campaignId + "/report-bundle", "publisher", null);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("total").asInt()).isEqualTo(2);
        String jobId = started.json().path("jobId").asString();

        Response progress = started;
        for (int i = 0; i < 120 && !"DONE".equals(progress.json().path("state").asString()); i++) {
            Thread.sleep(500);
            progress = http().get("/api/report-bundles/" + jobId, "publisher");
            assertThat(progress.json().path("state").asString()).isNotEqualTo("FAILED");
        }
        assertThat(progress.json().path("done").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select state from report_bundle_job where id = ?", String.class, jobId))
                .as("progress and file live in the database, where every instance finds them").isEqualTo("DONE");

        Response zip = http().get("/api/report-bundles/" + jobId + "/download", "publisher");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(fileName(zip)).endsWith(".zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(6);
        assertThat(entries).anyMatch(name -> name.startsWith(first.name() + "/") && name.endsWith(".pdf"));
        assertThat(entries).anyMatch(name -> name.startsWith(second.name() + "/") && name.endsWith(".docx"));
        assertThat(entries).noneMatch(name -> name.startsWith(unpublished.name()));

        Response publicPdf = http().get("/api/public/evaluations/"
                + evaluationOf(first, year) + "/report.pdf", null);
        assertThat(publicPdf.status()).isEqualTo(200);
    }

    @Test
    void oneEvaluationThatCannotBeReadDoesNotSinkTheCampaignZipAndTheNoteSaysWhatIsMissing() throws Exception {
        String admin = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.ADMIN));
        String finance = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.FINANCE_REVIEWER));
        TestUnit good = Scenes.newUnit(directory, encoder);
        TestUnit broken = Scenes.newUnit(directory, encoder);
        int year = 2001 + (int) (good.id() % 18);
        long campaignId = campaigns.open(actor(directory, admin), new CampaignService.OpenCampaign(year,
                year + "年度部门整体支出绩效自评", "yuhua-2020", LocalDateTime.now().plusDays(30), 3,
                List.of(good.id(), broken.id()))).id();
        publish(good, year, finance);
        publish(broken, year, finance);
        long brokenId = evaluationOf(broken, year);
        // deliberately broken behind the application's back: its stored report is no longer a document
        jdbc.update("update evaluation_part set content = '{\"sections\": [' where evaluation_id = ? and part = 'REPORT'",
                brokenId);

        String jobId = http().postJson("/api/campaigns/" + campaignId + "/report-bundle", "publisher", null).json()
                .path("jobId").asString();
        Response progress = awaitFinished(jobId);
        assertThat(progress.json().path("state").asString()).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.json().path("done").asInt()).isEqualTo(2);
        assertThat(progress.json().path("message").asString()).contains("说明.txt");
        assertThat(progress.json().path("failures").toString()).contains("编号为 " + brokenId);

        Map<String, String> entries = zipEntries(http().get("/api/report-bundles/" + jobId + "/download", "publisher")
                .bytes());
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith(good.name() + "/")).hasSize(3);
        assertThat(entries.keySet()).noneMatch(name -> name.startsWith(broken.name()));
        assertThat(entries.get("说明.txt")).contains("编号为 " + brokenId).contains("其余文件完整");
    }

    @Test
    void aJobWhoseInstanceDiedIsFailedWithinAMinuteAndCanBeStartedAgain() throws Exception {
        String admin = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.ADMIN));
        String finance = Scenes.newBureauUser(directory, encoder, EnumSet.of(Role.FINANCE_REVIEWER));
        TestUnit unit = Scenes.newUnit(directory, encoder);
        int year = 2001 + (int) (unit.id() % 18);
        long campaignId = campaigns.open(actor(directory, admin), new CampaignService.OpenCampaign(year,
                year + "年度部门整体支出绩效自评", "yuhua-2020", LocalDateTime.now().plusDays(30), 3,
                List.of(unit.id()))).id();
        publish(unit, year, finance);
        // what a node killed at 0 of 11 leaves behind: RUNNING, its heartbeat silent for a minute
        String dead = java.util.UUID.randomUUID().toString();
        jdbc.update("insert into report_bundle_job (id, campaign_id, requested_by, state, done_count, total, file_name, "
                + "started_at, heartbeat_at) values (?, ?, 'publisher', 'RUNNING', 0, 11, 'x.zip', ?, ?)", dead,
                campaignId, LocalDateTime.now().minusMinutes(2), LocalDateTime.now().minusMinutes(1));

        Response polled = http().get("/api/report-bundles/" + dead, "publisher");
        assertThat(polled.json().path("state").asString()).isEqualTo("FAILED");
        assertThat(polled.json().path("message").asString()).contains("重新打包");

        Response restarted = http().postJson("/api/report-bundles/" + dead + "/restart", "publisher", null);
        assertThat(restarted.status()).as(restarted.toString()).isEqualTo(202);
        Response done = awaitFinished(restarted.json().path("jobId").asString());
        assertThat(done.json().path("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.json().path("failures").size()).isZero();
    }

    private Response awaitFinished(String jobId) throws InterruptedException {
        Response progress = http().get("/api/report-bundles/" + jobId, "publisher");
        for (int i = 0; i < 240 && "RUNNING".equals(progress.json().path("state").asString()); i++) {
            Thread.sleep(500);
            progress = http().get("/api/report-bundles/" + jobId, "publisher");
        }
        return progress;
    }

    private static Map<String, String> zipEntries(byte[] zip) throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), entry.getName().endsWith(".txt")
                        ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "");
            }
        }
        return entries;
    }

    private void publish(TestUnit unit, int year, String finance) {
        long id = WorkflowTestSupport.inFinanceReview(evaluations, approvals, directory, tasks, jdbc, unit, year);
        approvals.approve(actor(directory, finance), Scenes.openTask(tasks, jdbc, id).getId(),
                new ApprovalRequest("同意", Map.of(), "良", "自评较规范"));
        approvals.publish(actor(directory, "publisher"), id);
    }

    private long evaluationOf(TestUnit unit, int year) {
        return jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = ?", Long.class,
                unit.id(), year);
    }

    private static String fileName(Response response) {
        String disposition = response.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''");
        return URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
    }
}
