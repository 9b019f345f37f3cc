package cn.perfeval.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.perfeval.domain.common.Json;
import cn.perfeval.workflow.common.Actor;
import cn.perfeval.domain.evaluation.Role;
import cn.perfeval.workflow.demo.DemoDataInitializer;
import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.evidence.EvidenceService;
import cn.perfeval.workflow.support.EvidenceSamples;
import cn.perfeval.workflow.org.OrgUnitRecord;
import cn.perfeval.workflow.org.UserAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole path in a real browser: fill in, fix a finding, submit, return, resubmit, approve twice, publish, read
 * publicly. It runs on a street office, its people and its evaluation created for it alone, so it shares the database
 * (H2 or MariaDB) with every other test without touching their data.
 */
class OneEvaluationTravelsFromSubmitterToThePublicTest extends BrowserTestBase {

    @Autowired
    EvaluationEditing evaluations;
    @Autowired
    EvidenceService evidence;

    @Test
    void anEvaluationTravelsFromTheStreetOfficeToThePublicPage() throws Exception {
        Office office = newOffice();
        long id = evaluations.importDocument(actor(office.submitter()), seedFor(office)).id();
        for (String name : List.of("记账凭证.png", "现场照片.png", "台账.png")) {
            evidence.upload(actor(office.submitter()), id, null, name, EvidenceSamples.png(30, 30));
        }

        // 0. evidence is 内部 until its submitter marks it 可公开: two of the three files are offered
        WebDriver submitter = loggedIn(office.submitter());
        for (String name : List.of("现场照片.png", "台账.png")) {
            submitter.get(url("/evaluations/" + id));
            editorLoaded(submitter);
            submitter.findElement(By.cssSelector("[data-tab=tab-evidence]")).click();
            By row = By.xpath("//table[@id='evidence-list']//tr[td/a[text()='" + name + "']]");
            visible(submitter, row).findElement(By.cssSelector(".evidence-visibility button")).click();
            waitFor(submitter).until(d -> d.findElement(row).getAttribute("textContent").contains("可公开（待发布审查）"));
        }

        // 1. the submitter edits a cell of Attachment 1 and sees the rate change, saves; edits a score and sees the total
        shot(submitter, "submitter-workbench");
        submitter.get(url("/evaluations/" + id));
        editorLoaded(submitter);
        String rateBefore = submitter.findElement(By.id("rate-staff")).getText();
        WebElement actual = submitter.findElement(By.id("fp-basicData.staffing.actualHeadcount"));
        actual.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40");
        waitFor(submitter).until(d -> !d.findElement(By.id("rate-staff")).getText().equals(rateBefore));
        assertThat(submitter.findElement(By.id("rate-staff")).getText()).isEqualTo("76.92%");
        shot(submitter, "a1-rate-changed");
        save(submitter);
        submitter.findElement(By.cssSelector("[data-tab=tab-a2]")).click();
        WebElement score = visible(submitter, By.id("fp-scoreSheet.selfScores.1.1.1"));
        String totalBefore = submitter.findElement(By.id("a2-total")).getText();
        score.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        waitFor(submitter).until(d -> !d.findElement(By.id("a2-total")).getText().equals(totalBefore));
        shot(submitter, "a2-score-changed");
        submitter.findElement(By.id("fp-scoreSheet.reasons.1.1.1")).sendKeys("目标依据待补充");
        save(submitter);

        // 2. the new headcount contradicts the printed rate: the finding's link lands on that field, which is fixed
        submitter.findElement(By.cssSelector("[data-tab=tab-checks]")).click();
        visible(submitter, By.cssSelector("#findings a.finding-link[data-path$='printedControlRate']")).click();
        waitFor(submitter).until(d -> "fp-basicData.staffing.printedControlRate"
                .equals(d.switchTo().activeElement().getAttribute("id")));
        shot(submitter, "finding-located");
        submitter.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "76.9%");
        save(submitter);
        submitter.findElement(By.cssSelector("[data-tab=tab-checks]")).click();
        assertThat(submitter.findElements(By.cssSelector("#findings a.finding-link[data-path$='printedControlRate']")))
                .isEmpty();
        submitAcknowledgingWarnings(submitter);
        shot(submitter, "submitted");

        // 3. the internal reviewer returns it with a comment
        WebDriver reviewer = loggedIn(office.reviewer());
        reviewer.get(url("/evaluations/" + id + "/review"));
        visible(reviewer, By.id("return-comment")).sendKeys("请补充第三部分的绩效情况说明");
        shot(reviewer, "internal-review");
        reviewer.findElement(By.id("return-button")).click();
        waitFor(reviewer).until(ExpectedConditions.urlContains("/workbench"));

        // 4. the submitter sees the comment, changes a section of Attachment 3 and resubmits
        submitter.get(url("/evaluations/" + id));
        assertThat(visible(submitter, By.id("return-comment")).getText()).contains("请补充第三部分的绩效情况说明");
        editorLoaded(submitter);
        shot(submitter, "returned-with-comment");
        submitter.findElement(By.cssSelector("[data-tab=tab-a3]")).click();
        WebElement section = visible(submitter, By.id("fp-report.sections.performance"));
        section.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n补充：全年重点工作均按计划完成。");
        save(submitter);
        shot(submitter, "a3-section-changed");
        submitAcknowledgingWarnings(submitter);

        // 5. the internal reviewer sees the change highlighted and approves
        reviewer.get(url("/evaluations/" + id + "/review"));
        assertThat(visible(reviewer, By.id("changes")).getText()).contains("全年重点工作均按计划完成");
        shot(reviewer, "changes-highlighted");
        reviewer.findElement(By.id("approve-button")).click();
        waitFor(reviewer).until(ExpectedConditions.urlContains("/workbench"));

        // 6. the finance reviewer changes one score with a reason, gives 良 and approves
        WebDriver finance = loggedIn(office.financeReviewer());
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
        assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id)).isEqualTo("APPROVED");

        // 7. the publisher reviews the files offered as 可公开 (保密审查), withholds the ledger and publishes
        WebDriver publisher = loggedIn(office.publisher());
        publisher.get(url("/publishing"));
        confirmEverything(publisher);
        WebElement publishForm = visible(publisher,
                By.cssSelector("#approved tr[data-evaluation='" + id + "'] .publish-form"));
        assertThat(publishForm.getText()).contains("现场照片.png", "台账.png").doesNotContain("记账凭证.png");
        publishForm.findElement(By.xpath(".//label[contains(., '台账.png')]/input")).click();
        visible(publisher, By.cssSelector("#approved tr[data-evaluation='" + id + "'] .publish-button")).click();
        waitFor(publisher).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#published a[href='/public/evaluations/" + id + "']")));
        shot(publisher, "published");

        // 8. an anonymous visitor finds it on the public page and downloads the PDF
        WebDriver visitor = browser();
        visitor.get(url("/public"));
        // the public list is paged: the visitor searches the unit by its name
        visible(visitor, By.cssSelector("input[name=unit]")).sendKeys(office.unitName(), org.openqa.selenium.Keys.ENTER);
        visible(visitor, By.linkText(office.unitName())).click();
        WebElement download = visible(visitor, By.id("download-pdf"));
        assertThat(visitor.getPageSource()).contains("良");
        assertThat(visitor.getPageSource()).contains("现场照片.png").doesNotContain("台账.png")
                .doesNotContain("记账凭证.png");
        shot(visitor, "public-page");
        byte[] pdf = fetchWithCookiesOf(visitor, download.getAttribute("href"));
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, id)).isEqualTo("PUBLISHED");
    }

    private record Office(String unitName, String submitter, String reviewer, String financeReviewer, String publisher) {
    }

    /** A street office of the demo bureau with its submitter and reviewer, and a finance reviewer and publisher for it. */
    private Office newOffice() {
        String code = "web" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        OrgUnitRecord bureau = directory.findUnitByCode(DemoDataInitializer.BUREAU_CODE).orElseThrow();
        OrgUnitRecord unit = directory.createUnit(code, "长沙市雨花区浏览器测试街道办事处" + code, "浏览器测试街道",
                OrgUnitRecord.STREET_OFFICE, bureau.getId());
        String hash = encoder.encode(PASSWORD);
        directory.createUser(code + ".submitter", "测试填报员", hash, unit.getId(), EnumSet.of(Role.SUBMITTER));
        directory.createUser(code + ".reviewer", "测试审核人", hash, unit.getId(), EnumSet.of(Role.INTERNAL_REVIEWER));
        directory.createUser(code + ".finance", "测试评审人", hash, bureau.getId(), EnumSet.of(Role.FINANCE_REVIEWER));
        directory.createUser(code + ".publisher", "测试发布人", hash, bureau.getId(), EnumSet.of(Role.PUBLISHER));
        return new Office(unit.getName(), code + ".submitter", code + ".reviewer", code + ".finance", code + ".publisher");
    }

    private Actor actor(String username) {
        UserAccount a = directory.findAccount(username).orElseThrow();
        return new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitType(), a.roles(), "127.0.0.1");
    }

    /** The demo's seed document (高桥 2020), written for the new office. */
    private static String seedFor(Office office) {
        try (InputStream in = OneEvaluationTravelsFromSubmitterToThePublicTest.class.getResourceAsStream("/demo/gaoqiao-2020.json")) {
            ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ((ObjectNode) doc.get("unit")).put("name", office.unitName());
            ((ObjectNode) doc.get("unit")).put("shortName", "浏览器测试街道");
            return Json.MAPPER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void editorLoaded(WebDriver driver) {
        waitFor(driver).until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-loaded")));
    }

    private static void save(WebDriver driver) {
        driver.findElement(By.id("save-button")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));
    }

    private static void submitAcknowledgingWarnings(WebDriver driver) {
        driver.findElement(By.cssSelector("[data-tab=tab-checks]")).click();
        WebElement ack = visible(driver, By.id("ack-warnings"));
        if (!ack.isSelected()) {
            ack.click();
        }
        confirmEverything(driver);
        driver.findElement(By.id("submit-button")).click();
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-head .badge"),
                "单位内部审核"));
    }

    private static void confirmEverything(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.confirm = function () { return true; };");
    }

    private static byte[] fetchWithCookiesOf(WebDriver driver, String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        return response.body();
    }
}
