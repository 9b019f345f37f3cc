package cn.perfeval.web.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import cn.perfeval.workflow.org.OrgDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port, driven by a real headless browser. Each test opens browsers as it needs
 * them (one per person) and they are closed after it; tests skip where no chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    protected static final String PASSWORD = "Demo@123456";

    @LocalServerPort
    protected int port;
    @Autowired
    protected OrgDirectory directory;
    @Autowired
    protected PasswordEncoder encoder;
    @Autowired
    protected JdbcTemplate jdbc;

    private final List<WebDriver> drivers = new ArrayList<>();
    protected Screenshots screenshots;

    @BeforeEach
    void requireBrowser() {
        Browsers.assumeInstalled();
        screenshots = new Screenshots(getClass().getSimpleName());
    }

    @AfterEach
    void closeBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }

    protected WebDriver browser() {
        WebDriver driver = Browsers.start(downloads());
        drivers.add(driver);
        return driver;
    }

    protected Path downloads() {
        return screenshots.directory().resolve("downloads");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh browser, logged in as the given demo user, on the workbench. */
    protected WebDriver loggedIn(String username) {
        WebDriver driver = browser();
        driver.get(url("/login"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.urlContains("/workbench"));
        return driver;
    }

    /** Pages redraw what they show (the editor after a save): an element gone stale while waiting means "not yet". */
    protected static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected static WebElement visible(WebDriver driver, By by) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void shot(WebDriver driver, String step) {
        screenshots.take(driver, step);
    }
}
