package cn.perfeval.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.web.support.Bureaus;
import cn.perfeval.web.support.Bureaus.Bureau;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 用户管理 and 单位管理 as a province's administrator uses them: a new user's unit is found by name (there is no list
 * of every unit to scroll), the list opens on the new user, an action on a row comes back to the list it was taken
 * from, and a unit is found by a part of its name.
 */
class AnAdministratorFindsUsersAndUnitsBySearchTest extends BrowserTestBase {

    @Test
    void aUsersUnitIsFoundByNameAndTheListKeepsItsPlace() {
        Bureau bureau = Bureaus.withUnits(directory, encoder, 3);
        String username = bureau.code() + ".clerk";
        WebDriver admin = loggedIn(bureau.admin());
        admin.get(url("/admin/users"));
        admin.findElement(By.id("f-username")).sendKeys(username);
        admin.findElement(By.id("f-displayName")).sendKeys("新来的填报员");
        admin.findElement(By.id("f-password")).sendKeys("Clerk@12345");
        admin.findElement(By.cssSelector("#new-user input[name=roles][value=SUBMITTER]")).click();
        visible(admin, By.id("user-unit-name")).sendKeys(bureau.unitNames().get(1), Keys.ENTER);
        waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#user-unit .unit-results-status"), "共 1 个单位"));
        long unit = bureau.units().get(1);
        visible(admin, By.cssSelector("#user-unit .unit-results li[data-unit='" + unit + "'] .unit-choose")).click();
        visible(admin, By.cssSelector("#user-unit .unit-chosen li[data-unit='" + unit + "']"));
        shot(admin, "01-the-new-users-unit-found-by-name");
        admin.findElement(By.cssSelector("#new-user button[type=submit]")).click();

        visible(admin, By.cssSelector(".flash"));
        assertThat(admin.getCurrentUrl()).contains("q=" + username);
        assertThat(admin.findElements(By.cssSelector("#users tbody tr[data-username]"))).hasSize(1);
        assertThat(admin.findElement(By.cssSelector("#users tr[data-username='" + username + "']")).getText())
                .contains(bureau.unitNames().get(1));
        assertThat(jdbc.queryForObject("select unit_id from app_user where username = ?", Long.class, username)).isEqualTo(unit);

        admin.findElement(By.cssSelector("#users tr[data-username='" + username + "'] form[action$='/enabled'] button")).click();
        admin.switchTo().alert().accept();
        waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#users tr[data-username='" + username + "']"), "已停用"));
        assertThat(admin.getCurrentUrl()).as("the action returns to the list it was taken from").contains("q=" + username);
        shot(admin, "02-the-list-kept-its-place-after-an-action");

        admin.get(url("/admin/units"));
        admin.findElement(By.cssSelector("#unit-filters input[name=q]")).sendKeys(bureau.code() + "u", Keys.ENTER);
        waitFor(admin).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tab-panel h2"), "单位（3）"));
        assertThat(admin.findElements(By.cssSelector("#units tbody tr[id^=unit-]"))).hasSize(3);
        shot(admin, "03-units-found-by-code");
    }
}
