package cn.perfeval.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.web.support.Bureaus;
import cn.perfeval.web.support.Bureaus.Bureau;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 指定单位 in the browser: a form sent without a unit comes back with the reason at the field and what was typed;
 * units are found by name a page at a time, chosen and removed; the campaign asks exactly those; the remaining units
 * of the bureau are added at once with 添加全部尚未加入的下属单位.
 */
class AnAdministratorChoosesCampaignUnitsBySearchTest extends BrowserTestBase {


    @Test
    void unitsAreSearchedPagedChosenAndTheRestAddedAtOnce() {
        Bureau bureau = Bureaus.withUnits(directory, encoder, 12);
        WebDriver admin = loggedIn(bureau.admin());
        admin.get(url("/admin/campaigns"));
        WebElement year = admin.findElement(By.id("f-year"));
        year.clear();
        year.sendKeys("2036");
        admin.findElement(By.id("f-name")).sendKeys("浏览器指定单位任务");
        assertThat(admin.findElement(By.id("scope-all")).isSelected()).as("全部下属单位 is the default").isTrue();
        assertThat(admin.findElement(By.id("chosen-units")).isDisplayed()).isFalse();
        admin.findElement(By.id("scope-chosen")).click();
        visible(admin, By.id("new-picker-name"));
        admin.findElement(By.id("open-campaign")).click();

        WebElement error = visible(admin, By.id("e-unitIds"));
        assertThat(error.getText()).contains("请至少选择一个单位");
        assertThat(admin.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("浏览器指定单位任务");
        assertThat(admin.findElement(By.id("f-year")).getAttribute("value")).isEqualTo("2036");
        assertThat(admin.findElement(By.id("scope-chosen")).isSelected()).isTrue();
        shot(admin, "01-no-unit-chosen-refused-at-the-field");

        WebElement search = visible(admin, By.id("new-picker-name"));
        search.sendKeys("测试街道办事处", Keys.ENTER);
        status(admin, "第 1 / 2 页，共 12 个单位");
        assertThat(admin.findElements(By.cssSelector("#new-picker .unit-results li"))).hasSize(10);
        choose(admin, bureau.units().get(0));
        choose(admin, bureau.units().get(1));
        admin.findElement(By.cssSelector("#new-picker .unit-next")).click();
        status(admin, "第 2 / 2 页，共 12 个单位");
        choose(admin, bureau.units().get(11));
        admin.findElement(By.cssSelector("#new-picker .unit-chosen li[data-unit='" + bureau.units().get(1) + "'] .unit-remove"))
                .click();
        assertThat(admin.findElement(By.cssSelector("#new-picker .unit-chosen-count")).getText()).isEqualTo("2");
        shot(admin, "02-units-found-by-name-and-chosen");
        admin.findElement(By.id("open-campaign")).click();

        visible(admin, By.cssSelector(".flash"));
        assertThat(admin.getCurrentUrl()).contains("campaignId=");
        long campaign = Long.parseLong(admin.getCurrentUrl().replaceAll(".*campaignId=(\\d+).*", "$1"));
        assertThat(jdbc.queryForList("select unit_id from campaign_unit where campaign_id = ? order by unit_id", Long.class,
                campaign)).containsExactly(bureau.units().get(0), bureau.units().get(11));
        assertThat(admin.findElement(By.id("campaign-units")).getText()).contains("共 2 个");
        shot(admin, "03-campaign-opened-with-its-units");

        admin.findElement(By.cssSelector(".add-all-units button")).click();
        admin.switchTo().alert().accept();
        waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign-units"), "共 12 个"));
        assertThat(jdbc.queryForObject("select count(*) from evaluation where campaign_id = ?", Integer.class, campaign))
                .isEqualTo(12);
        shot(admin, "04-every-remaining-unit-added");
    }

    private static void status(WebDriver admin, String text) {
        waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#new-picker .unit-results-status"), text));
    }

    private static void choose(WebDriver admin, long unit) {
        visible(admin, By.cssSelector("#new-picker .unit-results li[data-unit='" + unit + "'] .unit-choose")).click();
        visible(admin, By.cssSelector("#new-picker .unit-chosen li[data-unit='" + unit + "']"));
    }
}
