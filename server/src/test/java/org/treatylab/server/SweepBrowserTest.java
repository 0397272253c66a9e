package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sweep panels in headless Chromium: the stability view's bands and the talks view's robustness distribution,
 * each from a small sweep the server runs. The numbers in the page's table are the API's (same request, same seed).
 */
class SweepBrowserTest {
    private static TreatyLabServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TreatyLabServer.start(Backends.SQLITE.options());
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void waitFor(Browser b, By what, String text) {
        try {
            b.waitUpTo(120).until(ExpectedConditions.textToBePresentInElementLocated(what, text));
        } catch (TimeoutException e) {
            throw new AssertionError("no '" + text + "' in " + what + "; console: " + b.consoleLog(), e);
        }
    }

    @Test
    void stabilityView_smallSweep_drawsBandsWithTheApisNumbers() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#stability");
            waitFor(b, By.id("s-status"), "At 500 warheads each");
            WebElement draws = b.driver.findElement(By.id("sw-draws"));
            draws.clear();
            draws.sendKeys("10");
            b.driver.findElement(By.id("sw-run")).click();
            waitFor(b, By.id("sw-bands-status"), "50 evaluations of stability-bands-2011");
            assertThat(b.driver.findElements(By.cssSelector("#sw-bands canvas"))).isNotEmpty();
            var summary = api.postJson("/api/sweeps/run", "{\"example\": \"stability-bands-2011\", \"draws\": 10}")
                    .json();
            var first = summary.get("tables").get(0).get("groups").get(0).get("outputs").get("survivors_b");
            List<String> row = b.driver.findElements(By.cssSelector("#sw-bands-table tbody tr")).get(1)
                    .findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(row.get(0)).isEqualTo("1550");
            assertThat(row.get(1)).isEqualTo("survivors RU");
            assertThat(row.get(4)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d",
                    Math.round(first.get("percentiles").get("p5").asDouble())));
            ((JavascriptExecutor) b.driver).executeScript("document.getElementById('sw-bands').scrollIntoView()");
            assertThat(Files.size(b.screenshot("sweep-bands-1280"))).isGreaterThan(10_000);
        }
    }

    @Test
    void stabilityView_narrowScreen_sweepPanelFitsThePhone() throws Exception {
        try (Browser b = Browser.open(390, 844)) {
            b.driver.get(server.url() + "#stability");
            waitFor(b, By.id("s-status"), "At 500 warheads each");
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(390);
            for (String id : List.of("sw-bands", "sw-run", "sw-file")) {
                WebElement e = b.driver.findElement(By.id(id));
                assertThat(e.getRect().getX() + e.getRect().getWidth()).as(id).isLessThanOrEqualTo(390);
            }
        }
    }

    @Test
    void talksView_smallEnsemble_drawsTheDistribution() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#talks");
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("sw-robust-run")));
            b.driver.findElement(By.id("sw-robust-run")).click();
            waitFor(b, By.id("sw-robust-status"), "8 talks of web-robustness");
            assertThat(b.driver.findElement(By.id("sw-robust-status")).getText()).matches(".*: \\d+% agreed\\.");
            assertThat(b.driver.findElements(By.cssSelector("#sw-robust canvas"))).isNotEmpty();
            ((JavascriptExecutor) b.driver).executeScript("document.getElementById('sw-robust').scrollIntoView()");
            assertThat(Files.size(b.screenshot("sweep-robustness-1280"))).isGreaterThan(10_000);
        }
    }
}
