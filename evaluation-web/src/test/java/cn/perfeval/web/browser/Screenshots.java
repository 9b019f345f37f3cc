package cn.perfeval.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves numbered screenshots of each step under the web module's build directory, target/screenshots. */
final class Screenshots {

    private final Path directory;
    private int counter;

    Screenshots(String scenario) {
        this.directory = buildDirectory().resolve("screenshots").resolve(scenario);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's build directory, wherever -Dweb.build.directory put it: the parent of test-classes. */
    static Path buildDirectory() {
        try {
            Path classes = Path.of(Screenshots.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (Exception e) {
            return Path.of("target");
        }
    }

    Path take(WebDriver driver, String step) {
        Path target = directory.resolve(String.format("%02d-%s.png", ++counter, step));
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    Path directory() {
        return directory;
    }
}
