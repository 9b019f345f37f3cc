package cn.perfeval.web.browser;

import cn.perfeval.workflow.editing.EvaluationEditing;
import cn.perfeval.workflow.support.Scenes;
import cn.perfeval.workflow.support.Scenes.TestUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save the server refuses in 附件1 names the cell as the form prints it, marks it, shows and focuses it from another
 * tab, and the mark goes once the cell is corrected.
 */
class ARefusedSaveMarksTheCellItNamesTest extends BrowserTestBase {

    private static final By VEHICLES_FINAL = By.id("fp-basicData.expenseControl.vehicles.currentFinal");

    @Autowired
    EvaluationEditing editing;

    @Test
    void aRefusedSaveMarksTheCellItNamesUntilItIsCorrected() {
        TestUnit unit = Scenes.newUnit(directory, encoder);
        long id = Scenes.importSeed(editing, jdbc, Scenes.actor(directory, unit.submitter()), unit, 2020);

        WebDriver submitter = loggedIn(unit.submitter());
        submitter.get(url("/evaluations/" + id));
        editorLoaded(submitter);
        submitter.findElement(VEHICLES_FINAL).sendKeys(Keys.chord(Keys.CONTROL, "a"), "-5");
        submitter.findElement(By.cssSelector("[data-tab=tab-a2]")).click();
        submitter.findElement(By.id("save-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "保存失败"));
        assertThat(submitter.findElement(By.id("save-state")).getText()).contains("公务用车购置和维护经费 本年决算数：不能为负数：-5");

        WebElement cell = submitter.findElement(VEHICLES_FINAL);
        assertThat(cell.getAttribute("class")).contains("save-error");
        assertThat(cell.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(submitter.findElement(By.id("tab-a1")).isDisplayed()).isTrue();
        assertThat(submitter.switchTo().activeElement().getAttribute("id")).isEqualTo("fp-basicData.expenseControl.vehicles.currentFinal");
        shot(submitter, "refused-cell-marked");

        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        assertThat(cell.getAttribute("class")).doesNotContain("save-error");
        assertThat(cell.getAttribute("aria-invalid")).isNull();
        submitter.findElement(By.id("save-button")).click();
        waitFor(submitter).until(ExpectedConditions.textToBe(By.id("save-state"), "已保存"));
    }

    private static void editorLoaded(WebDriver driver) {
        waitFor(driver).until(d -> "true".equals(d.findElement(By.id("editor")).getAttribute("data-loaded")));
    }
}
