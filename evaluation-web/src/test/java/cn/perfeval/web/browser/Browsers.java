package cn.perfeval.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless chromium through its chromedriver, a fresh profile each time, at the 1366×768 an office screen has. */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    /** Skips the test where no browser is installed, unless CI demands one (EVAL_REQUIRE_BROWSER=true): then it fails. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("EVAL_REQUIRE_BROWSER"))) {
            if (!present) {
                throw new AssertionError("EVAL_REQUIRE_BROWSER=true, but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: apt-get install -y chromium chromium-driver");
            }
            return;
        }
        Assumptions.assumeTrue(present, "chromium or chromedriver not installed: browser test skipped");
    }

    static WebDriver start(Path downloads) {
        Path profile;
        try {
            profile = Files.createTempDirectory("eval-chromium-");
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN",
                "--password-store=basic", "--disable-features=PasswordLeakDetection");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true,
                "credentials_enable_service", false,
                "profile.password_manager_enabled", false));
        // the browser's console, where a Content-Security-Policy refusal shows
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
