package cn.perfeval.web.browser;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.perfeval.domain.evaluation.EvaluationStatus;
import cn.perfeval.web.support.Approvals;
import cn.perfeval.web.support.HttpTestClient;
import cn.perfeval.web.support.HttpTestClient.Response;
import cn.perfeval.workflow.review.ApprovalRequest;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Workbooks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year as a street office lives it: the bureau opens the 2021 campaign for 高桥 and 圭塘 in its page; each gets its
 * draft (高桥's with last year's finals carried in); 圭塘's submitter starts from the blank draft, fills 附件1 and the
 * self-scores in the downloaded workbook (a bad cell first, refused), imports 附件3 from Word, fixes the findings and
 * submits; the path runs to publication and the public PDF shows 圭塘's figures. A screenshot of every step.
 */
class AStreetOfficeFillsInItsYearFromItsOwnFilesTest extends BrowserTestBase {

    private static final int YEAR = 2021;

    @Autowired
    Approvals approvals;
    @Autowired
    TaskService tasks;

    @Test
    void guitangFillsItsYearFromItsOwnFilesAndReachesThePublic() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        long gaoqiao = unit("gaoqiao");
        long guitang = unit("guitang");

        // 1. the administrator opens the 2021 campaign for both offices in the page
        WebDriver admin = loggedIn("admin");
        admin.get(url("/admin/campaigns"));
        WebElement year = admin.findElement(By.id("f-year"));
        year.clear();
        year.sendKeys(String.valueOf(YEAR));
        admin.findElement(By.id("f-name")).sendKeys(YEAR + "年度部门整体支出绩效自评");
        ((JavascriptExecutor) admin).executeScript("document.getElementById('f-deadline').value = arguments[0];",
                LocalDateTime.now().plusDays(30).withSecond(0).withNano(0).toString());
        admin.findElement(By.id("scope-chosen")).click();
        for (long unit : List.of(gaoqiao, guitang)) {
            WebElement search = visible(admin, By.id("new-picker-name"));
            search.clear();
            search.sendKeys(unit == gaoqiao ? "高桥街道办事处" : "圭塘街道办事处");
            admin.findElement(By.cssSelector("#new-picker .unit-search-go")).click();
            visible(admin, By.cssSelector("#new-picker .unit-results li[data-unit='" + unit + "'] .unit-choose")).click();
            visible(admin, By.cssSelector("#new-picker .unit-chosen li[data-unit='" + unit + "']"));
        }
        shot(admin, "01-admin-fills-the-2021-campaign");
        admin.findElement(By.id("open-campaign")).click();
        visible(admin, By.cssSelector(".flash"));
        shot(admin, "02-campaign-opened");

        long gaoqiao2021 = evaluation(gaoqiao);
        long id = evaluation(guitang);
        JsonNode carried = http.get("/api/evaluations/" + gaoqiao2021 + "/export", "gaoqiao.submitter").json();
        JsonNode last = http.get("/api/evaluations/" + evaluationOf(gaoqiao, YEAR - 1) + "/export", "gaoqiao.submitter").json();
        assertThat(carried.at("/basicData/expenseControl/threePublicExpenses/priorYearFinal").decimalValue())
                .isEqualByComparingTo(last.at("/basicData/expenseControl/threePublicExpenses/currentFinal").decimalValue());
        assertThat(carried.at("/basicData/carried").toString()).contains("2020年度自评（未提交）本年决算数");
        JsonNode blank = http.get("/api/evaluations/" + id + "/export", "guitang.submitter").json();
        assertThat(blank.at("/report/sections").size()).isEqualTo(7);
        assertThat(blank.at("/report/sections/0/title").asString()).isEqualTo("一、单位基本情况");

        // a blank draft cannot be submitted: one error per gap
        Response refused = http.postJson("/api/evaluations/" + id + "/submit", "guitang.submitter", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("details").size()).isGreaterThan(30);

        // 2. 圭塘's submitter finds the draft on the workbench and opens it
        WebDriver submitter = loggedIn("guitang.submitter");
        shot(submitter, "03-guitang-workbench-todo");
        click(submitter, By.cssSelector("#todos a.todo-link[href='/evaluations/" + id + "']"));
        waitFor(submitter).until(ExpectedConditions.attributeToBe(By.id("editor"), "data-loaded", "true"));
        shot(submitter, "04-blank-draft");

        // 3. a workbook with a word in a number cell is refused at its cell, and nothing changes
        byte[] form = http.get("/api/evaluations/" + id + "/attachments.xlsx", "guitang.submitter").bytes();
        Path dir = Files.createDirectories(downloads());
        Path bad = dir.resolve("圭塘-填错.xlsx");
        Files.write(bad, Workbooks.withText(Workbooks.filledWithSeed(form), "三公经费", 3, "约5万"));
        int before = version(id);
        submitter.findElement(By.id("workbook-file")).sendKeys(bad.toString());
        WebElement problems = visible(submitter, By.cssSelector("#upload-result .upload-problems"));
        assertThat(problems.getText()).contains("附件1!D" + Workbooks.excelRow(form, "三公经费"), "应为数字");
        assertThat(version(id)).isEqualTo(before);
        shot(submitter, "05-bad-workbook-refused-at-its-cell");

        Path good = dir.resolve("圭塘-附件1附件2.xlsx");
        Files.write(good, Workbooks.filledWithSeed(form));
        submitter.findElement(By.id("workbook-file")).sendKeys(good.toString());
        WebElement changes = visible(submitter, By.id("upload-changes"));
        assertThat(changes.getText()).contains("三公经费");
        assertThat(submitter.findElement(By.id("fp-basicData.staffing.actualHeadcount")).getAttribute("value")).isEqualTo("43");
        shot(submitter, "06-workbook-applied-what-changed");

        // 4. 附件3 from Word: what was recognised first, then applied
        click(submitter, By.cssSelector("[data-tab=tab-a3]"));
        Path docx = dir.resolve("圭塘-自评报告.docx");
        Files.write(docx, Workbooks.seedReportDocx("圭塘"));
        submitter.findElement(By.id("report-document-file")).sendKeys(docx.toString());
        WebElement recognised = visible(submitter, By.id("word-sections"));
        assertThat(recognised.findElements(By.cssSelector("tbody tr"))).hasSize(7);
        shot(submitter, "07-word-recognised");
        confirmEverything(submitter);
        click(submitter, By.id("word-apply"));
        // the editor redraws after the save: read the field as it stands then, not an element found before
        waitFor(submitter).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var e = document.getElementById('fp-report.sections.problems'); return !!e && e.value.trim().length > 0;")));
        waitFor(submitter).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-changes")));
        assertThat(submitter.findElement(By.id("fp-report.sections.unitOverview")).getAttribute("value")).contains("圭塘街道");
        shot(submitter, "08-word-applied");

        // 5. the findings: the text says 44 where 附件1 says 43; 项目支出 left blank is fixed as not applicable
        click(submitter, By.cssSelector("[data-tab=tab-checks]"));
        assertThat(submitter.findElement(By.id("findings")).getText()).contains("44人", "43人", "项目支出");
        shot(submitter, "09-findings");
        click(submitter, By.cssSelector("li[data-code=A1_ENTRY_BLANK] a.finding-link"));
        for (String column : List.of("priorYearFinal", "currentBudget", "currentFinal")) {
            WebElement select = submitter.findElement(By.cssSelector("[id='fp-basicData.expenseControl.projectExpenditure."
                    + column + "'] + select"));
            new org.openqa.selenium.support.ui.Select(select).selectByValue("na");
        }
        click(submitter, By.id("save-button"));
        waitFor(submitter).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));
        click(submitter, By.cssSelector("[data-tab=tab-checks]"));
        assertThat(submitter.findElement(By.id("findings")).getText()).doesNotContain("项目支出”未填写");
        shot(submitter, "10-findings-fixed");
        WebElement ack = visible(submitter, By.id("ack-warnings"));
        ack.click();
        confirmEverything(submitter);
        click(submitter, By.id("submit-button"));
        waitFor(submitter).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-head .badge"), "单位内部审核"));
        shot(submitter, "11-submitted");

        // 6. the path runs to publication; the public PDF shows 圭塘's figures
        approvals.approve(Scenes.actor(directory, "guitang.reviewer"), Scenes.openTask(tasks, jdbc, id).getId(),
                ApprovalRequest.withComment("同意"));
        approvals.approve(Scenes.actor(directory, "finance.reviewer"), Scenes.openTask(tasks, jdbc, id).getId(),
                new ApprovalRequest("同意", Map.of(), "良", "自评材料完整"));
        approvals.publish(Scenes.actor(directory, "publisher"), id);
        Scenes.assertStatusAndTaskAgree(tasks, jdbc, id, EvaluationStatus.PUBLISHED);
        WebDriver reader = browser();
        reader.get(url("/public/evaluations/" + id));
        shot(reader, "12-published");
        byte[] pdf = http.get("/public/evaluations/" + id + "/report.pdf", null).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("长沙市雨花区圭塘街道办事处", "7270.51", "圭塘街道现有行政编制16人");
        }
        assertThat(new BigDecimal(jdbc.queryForObject("select self_total from evaluation where id = ?", String.class, id)))
                .isEqualByComparingTo("86.2");
        assertThat(Set.of(id)).isNotEmpty();
    }

    private long unit(String code) {
        return directory.findUnitByCode(code).orElseThrow().getId();
    }

    private long evaluation(long unitId) {
        return evaluationOf(unitId, YEAR);
    }

    private long evaluationOf(long unitId, int year) {
        return jdbc.queryForObject("select id from evaluation where unit_id = ? and evaluation_year = ?", Long.class, unitId, year);
    }

    private int version(long id) {
        return jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, id);
    }

    /** Clicks as a person would after scrolling the element into view (the save bar may cover the page's foot). */
    private static void click(WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void confirmEverything(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.confirm = function () { return true; };");
    }
}
