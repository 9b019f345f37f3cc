package cn.perfeval.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.support.EvidenceSamples;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evidence file uploaded, marked 可公开 and deleted in the editor while 附件1 holds unsaved typing: the list changes
 * in place, the page is not reloaded, and the typing is still there, still marked unsaved.
 */
class EvidenceIsSentWithoutLeavingTheEditorTest extends BrowserTestBase {

    private static final By AUSTERITY = By.id("fp-basicData.austerityMeasures");

    @Autowired
    EvaluationEditing editing;

    @Test
    void evidenceIsUploadedMarkedAndDeletedWithoutLosingUnsavedTyping() throws Exception {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = Scenes.importSeed(editing, jdbc, Scenes.actor(directory, unit.submitter()), unit, 2020);
        Path file = Files.createDirectories(screenshots.directory()).resolve("台账照片.png");
        Files.write(file, EvidenceSamples.png(40, 30));

        WebDriver submitter = loggedIn(unit.submitter());
        submitter.get(url("/evaluations/" + id));
        editorLoaded(submitter);
        ((JavascriptExecutor) submitter).executeScript("window.sameLoad = true;");
        WebElement austerity = submitter.findElement(AUSTERITY);
        austerity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "尚未保存：严控会议数量");

        submitter.findElement(By.cssSelector("[data-tab=tab-evidence]")).click();
        visible(submitter, By.cssSelector("#evidence-form input[name=file]")).sendKeys(file.toString());
        submitter.findElement(By.cssSelector("#evidence-form input[name=indicatorCode]")).sendKeys("2.1.1");
        submitter.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        By row = By.xpath("//table[@id='evidence-list']//tr[td/a[text()='台账照片.png']]");
        visible(submitter, row);
        assertThat(submitter.findElement(row).getText()).contains("指标 2.1.1").contains("PNG").contains("内部");
        assertThat(submitter.findElement(By.id("evidence-status")).getText()).contains("已上传佐证材料“台账照片.png”");
        assertThat(submitter.findElement(By.cssSelector("[data-tab=tab-evidence]")).getText()).isEqualTo("佐证材料（1）");
        shot(submitter, "uploaded-in-place");

        submitter.findElement(row).findElement(By.cssSelector(".evidence-toggle")).click();
        waitFor(submitter).until(d -> d.findElement(row).getText().contains("可公开（待发布审查）"));
        submitter.findElement(row).findElement(By.cssSelector(".evidence-delete")).click();
        waitFor(submitter).until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(submitter).until(d -> d.findElements(row).isEmpty());
        assertThat(submitter.findElement(By.cssSelector("[data-tab=tab-evidence]")).getText()).isEqualTo("佐证材料（0）");

        assertThat(((JavascriptExecutor) submitter).executeScript("return window.sameLoad === true;")).isEqualTo(true);
        assertThat(submitter.findElement(By.id("save-state")).getText()).isEqualTo("有未保存的修改");
        submitter.findElement(By.cssSelector("[data-tab=tab-a1]")).click();
        assertThat(submitter.findElement(AUSTERITY).getAttribute("value")).isEqualTo("尚未保存：严控会议数量");
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where evaluation_id = ? and deleted = false",
                Integer.class, id)).isZero();
    }

    private static void editorLoaded(WebDriver driver) {
        waitFor(driver).until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-loaded")));
    }
}
