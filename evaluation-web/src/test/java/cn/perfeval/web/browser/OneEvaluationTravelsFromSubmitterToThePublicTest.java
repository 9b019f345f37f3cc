package cn.perfeval.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The whole path in a real browser: fill in, submit, return, resubmit, approve twice, publish, read publicly. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-path;MODE=MySQL;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH")
class OneEvaluationTravelsFromSubmitterToThePublicTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoEvaluationTravelsFromTheStreetOfficeToThePublicPage() throws Exception {
        long id = jdbc.queryForObject("select e.id from evaluation e join org_unit u on u.id = e.unit_id "
                + "where u.code = 'gaoqiao' order by e.id limit 1", Long.class);

        // 1. the submitter edits a cell of Attachment 1 and sees the rate change, saves and sees the score
        WebDriver submitter = loggedIn("gaoqiao.submitter");
        shot(submitter, "submitter-workbench");
        submitter.get(url("/evaluations/" + id));
        waitFor(submitter).until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-loaded")));
        String rateBefore = submitter.findElement(By.id("rate-staff")).getText();
        WebElement actual = submitter.findElement(By.id("fp-basicData.staffing.actualHeadcount"));
        actual.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40");
        waitFor(submitter).until(d -> !d.findElement(By.id("rate-staff")).getText().equals(rateBefore));
        shot(submitter, "a1-rate-changed");
        submitter.findElement(By.id("save-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));
        submitter.findElement(By.cssSelector("[data-tab=tab-a2]")).click();
        WebElement score = visible(submitter, By.id("fp-scoreSheet.selfScores.1.1.1"));
        String totalBefore = submitter.findElement(By.id("a2-total")).getText();
        score.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        waitFor(submitter).until(d -> !d.findElement(By.id("a2-total")).getText().equals(totalBefore));
        shot(submitter, "a2-score-changed");
        submitter.findElement(By.id("fp-scoreSheet.reasons.1.1.1")).sendKeys("目标依据待补充");
        submitter.findElement(By.id("save-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));

        // 2. the checks tab links each finding to its field; submit acknowledging warnings
        submitter.findElement(By.cssSelector("[data-tab=tab-checks]")).click();
        WebElement headcountFinding = visible(submitter,
                By.cssSelector("#findings a.finding-link[data-path*='staffing']"));
        headcountFinding.click();
        WebElement located = submitter.switchTo().activeElement();
        shot(submitter, "finding-located");
        located.sendKeys(Keys.chord(Keys.CONTROL, "a"), "43");
        submitter.findElement(By.id("save-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));
        submitter.findElement(By.cssSelector("[data-tab=tab-checks]")).click();
        WebElement ack = submitter.findElement(By.id("ack-warnings"));
        if (!ack.isSelected()) {
            ack.click();
        }
        ((JavascriptExecutor) submitter).executeScript("window.confirm = function () { return true; };");
        submitter.findElement(By.id("submit-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-head .badge"), "单位内部审核"));
        shot(submitter, "submitted");

        // 3. the internal reviewer returns it with a comment
        WebDriver reviewer = loggedIn("gaoqiao.reviewer");
        reviewer.get(url("/evaluations/" + id + "/review"));
        visible(reviewer, By.id("return-comment")).sendKeys("请补充第三部分的绩效情况说明");
        shot(reviewer, "internal-review");
        reviewer.findElement(By.id("return-button")).click();
        waitFor(reviewer).until(ExpectedConditions.urlContains("/workbench"));

        // 4. the submitter sees the comment, changes a section and resubmits
        submitter.get(url("/evaluations/" + id));
        assertThat(visible(submitter, By.id("return-comment")).getText()).contains("请补充第三部分");
        waitFor(submitter).until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-loaded")));
        shot(submitter, "returned-comment");
        submitter.findElement(By.cssSelector("[data-tab=tab-a3]")).click();
        WebElement section = visible(submitter, By.id("fp-report.sections.performance"));
        section.sendKeys(Keys.END, "\n补充：全年重点工作均按计划完成。");
        submitter.findElement(By.id("save-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));
        shot(submitter, "a3-section-changed");
        submitter.findElement(By.cssSelector("[data-tab=tab-checks]")).click();
        ack = submitter.findElement(By.id("ack-warnings"));
        if (!ack.isSelected()) {
            ack.click();
        }
        ((JavascriptExecutor) submitter).executeScript("window.confirm = function () { return true; };");
        submitter.findElement(By.id("submit-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-head .badge"), "单位内部审核"));

        // 5. the internal reviewer sees what changed and approves
        reviewer.get(url("/evaluations/" + id + "/review"));
        assertThat(visible(reviewer, By.id("changes")).getText()).contains("本轮修改".isEmpty() ? "" : "修改");
        shot(reviewer, "changes-highlighted");
        reviewer.findElement(By.id("approve-button")).click();
        waitFor(reviewer).until(ExpectedConditions.urlContains("/workbench"));

        // 6. the finance reviewer changes one score with a reason, gives 良 and approves
        WebDriver finance = loggedIn("finance.reviewer");
        finance.get(url("/evaluations/" + id + "/review"));
        WebElement review = visible(finance, By.name("score.1.1.2"));
        review.clear();
        review.sendKeys("2");
        finance.findElement(By.name("reason.1.1.2")).sendKeys("绩效目标细化量化不足，扣1分");
        new Select(finance.findElement(By.id("review-grade"))).selectByVisibleText("良");
        finance.findElement(By.id("opinion")).sendKeys("自评较为规范，个别指标依据不足。");
        shot(finance, "finance-review");
        finance.findElement(By.id("approve-button")).click();
        waitFor(finance).until(ExpectedConditions.urlContains("/workbench"));

        // 7. the publisher publishes
        WebDriver publisher = loggedIn("publisher");
        publisher.get(url("/publishing"));
        ((JavascriptExecutor) publisher).executeScript("window.confirm = function () { return true; };");
        visible(publisher, By.cssSelector("#approved .publish-button")).click();
        waitFor(publisher).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#published a")));
        shot(publisher, "published");

        // 8. an anonymous visitor finds it and downloads the PDF
        WebDriver visitor = browser();
        visitor.get(url("/public"));
        visible(visitor, By.linkText("长沙市雨花区高桥街道办事处")).click();
        visible(visitor, By.id("download-pdf"));
        shot(visitor, "public-page");
        visitor.findElement(By.id("download-pdf")).click();
        waitFor(visitor).withTimeout(Duration.ofSeconds(60)).until(d -> pdfDownloaded());
        assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id)).isEqualTo("PUBLISHED");
    }

    private boolean pdfDownloaded() {
        try (Stream<java.nio.file.Path> files = Files.list(downloads())) {
            return files.anyMatch(p -> p.toString().endsWith(".pdf"));
        } catch (Exception e) {
            return false;
        }
    }
}
