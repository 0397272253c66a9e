package org.treatylab.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. CI installs chromium and chromium-driver; on a machine without
 * them the browser tests are skipped, except under CI (CI=true), where their absence fails the run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final int MIN_WINDOW_WIDTH = 500;
    final WebDriver driver;
    final Path userData;

    private Browser(WebDriver driver, Path userData) {
        this.driver = driver;
        this.userData = userData;
    }

    static Browser open(int width, int height) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("chromium and chromium-driver are not installed (CI installs them)");
        }
        Path userData = Files.createTempDirectory("treatylab-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + userData, "--window-size=" + width + "," + height);
        o.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (width < 600) {
            // A phone-sized viewport (desktop windows have a minimum width).
            o.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, o);
        if (width < MIN_WINDOW_WIDTH) {
            // Headless Chromium keeps windows at least 500 px wide; a phone's viewport has to be emulated.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        return new Browser(driver, userData);
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Saves a screenshot under target/screenshots/. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path out = dir.resolve(name + ".png");
        Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return out;
    }

    /** The browser console's messages so far (for failure reports). */
    String consoleLog() {
        StringBuilder sb = new StringBuilder();
        try {
            driver.manage().logs().get("browser").forEach(e -> sb.append(e.getLevel()).append(' ')
                    .append(e.getMessage()).append('\n'));
        } catch (RuntimeException e) {
            sb.append("(no console log: ").append(e.getMessage()).append(')');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
