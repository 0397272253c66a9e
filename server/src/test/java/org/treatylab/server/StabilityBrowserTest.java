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
import org.openqa.selenium.support.ui.Select;

/**
 * The stability view and the treaty editor's stability consequences in headless Chromium; screenshots go to
 * target/screenshots/. The page must show what the HTTP API computes for the same request (the API's figures are
 * checked against hand counts and bounds in StabilityApiContract); warhead totals are hand counts from the rows of
 * us-russia-2009.csv: U.S. 577 + 1,165 + 5 x 86 bombers = 2,172, Russia 1,554 on missiles + 360 + 168 = 2,082.
 */
class StabilityBrowserTest {
    private static final By ROW_500 = By.cssSelector("#s-table tbody tr[data-ceiling='500']");
    private static TreatyLabServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TreatyLabServer.start(Backends.SQLITE.options());
        api = new ApiClient(server);
    }

    /** The API's sweep point of the shipped 2009 postures at 500 warheads by {@code rule}. */
    private static com.fasterxml.jackson.databind.JsonNode api500(String rule) {
        ApiClient.Reply r = api.postJson("/api/stability/sweep", "{\"posture_a\": \"us-russia-2009\", \"ceilings\":"
                + " [500], \"rule\": \"" + rule + "\", \"cuts\": []}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("points").get(0);
    }

    /** A number as the page prints it: whole, with thousands separators. */
    private static String whole(com.fasterxml.jackson.databind.JsonNode n) {
        return String.format(java.util.Locale.ROOT, "%,d", Math.round(n.asDouble()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static void waitFor(Browser b, By what, String text) {
        try {
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(what, text));
        } catch (TimeoutException e) {
            throw new AssertionError("no '" + text + "' in " + what + "; console: " + b.consoleLog(), e);
        }
    }

    @Test
    void stabilityView_shipped2009_marksThe500WarheadRowAndTheCut() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#stability");
            waitFor(b, By.id("s-status"), "At 500 warheads each (proportional)");
            WebElement row = b.driver.findElement(ROW_500);
            assertThat(row.getAttribute("class")).isEqualTo("marked");
            // ceiling, index, US survivors, RU survivors, US and RU warheads, vehicles x2, ratios x2
            List<String> c = cells(row);
            assertThat(c.get(0)).isEqualTo("500");
            assertThat(c.subList(4, 6)).containsExactly("500", "500");
            com.fasterxml.jackson.databind.JsonNode p500 = api500("proportional");
            assertThat(c.subList(2, 4)).containsExactly(whole(p500.get("a_survivors")), whole(p500.get("b_survivors")));
            assertThat(c.get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f",
                    p500.get("assessment").get("index").asDouble()));
            List<String> cut = cells(b.driver.findElement(By.cssSelector("#s-table tbody tr[data-ceiling='cut']")));
            assertThat(cut.get(0)).isEqualTo("90% cut");
            assertThat(cut.get(4)).isEqualTo("217"); // 10% of 2,172
            assertThat(b.driver.findElement(By.id("s-assumptions")).getText()).contains("UNCONFIRMED")
                    .contains("ASSUMPTION").contains("rule proportional");
            assertThat(b.driver.findElements(By.cssSelector("#s-chart canvas"))).isNotEmpty();
            assertThat(Files.size(b.screenshot("stability-1280"))).isGreaterThan(10_000);
            ((JavascriptExecutor) b.driver).executeScript("document.getElementById('s-table').scrollIntoView()");
            b.screenshot("stability-table-1280");

            new Select(b.driver.findElement(By.id("s-rule"))).selectByValue("keep-ssbns");
            waitFor(b, By.id("s-status"), "At 500 warheads each (keep-ssbns)");
            com.fasterxml.jackson.databind.JsonNode keep = api500("keep-ssbns");
            assertThat(cells(b.driver.findElement(ROW_500)).subList(2, 4)).containsExactly(
                    whole(keep.get("a_survivors")), whole(keep.get("b_survivors")));
            b.screenshot("stability-keep-ssbns-1280");
        }
    }

    @Test
    void stabilityView_narrowScreen_nothingWiderThanThePhone() throws Exception {
        try (Browser b = Browser.open(390, 844)) {
            b.driver.get(server.url() + "#stability");
            waitFor(b, By.id("s-status"), "At 500 warheads each");
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(390);
            for (String id : List.of("s-chart", "s-table", "s-posture", "s-rule", "s-status")) {
                WebElement e = b.driver.findElement(By.id(id));
                assertThat(e.getRect().getX() + e.getRect().getWidth()).as(id).isLessThanOrEqualTo(390);
            }
            assertThat(b.driver.findElement(ROW_500).getText()).contains(whole(api500("proportional").get("a_survivors")));
            b.screenshot("stability-narrow");
        }
    }

    @Test
    void treatyEditor_draftCeilings_showSurvivorsAndIndexAgainstTheForcesAsTheyAre() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            b.driver.get(server.url() + "#editor");
            b.waitUpTo(30).until(d -> ((String) js.executeScript("return document.getElementById('e-text').value"))
                    .contains("id = new-start"));
            js.executeScript("const t = document.getElementById('e-text');"
                    + "t.value = t.value.replace('id = new-start', 'id = stability-draft')"
                    + ".replace('ceiling = 1550 from 2018-02-05', 'ceiling = 1000 from 2018-02-05');");
            b.driver.findElement(By.id("e-validate")).click();
            waitFor(b, By.id("e-stability-status"), "stability-draft on us-russia-2009, cut by rule proportional");
            assertThat(b.driver.findElement(By.id("e-stability-status")).getText())
                    .contains("1,000 warheads (warheads, from 2018-02-05)")
                    .contains("700 deployed delivery vehicles (deployed-launchers, from 2018-02-05)");
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#e-stability-table tbody tr"));
            assertThat(rows).hasSize(3);
            List<String> asIs = cells(rows.get(0));
            List<String> draft = cells(rows.get(1));
            assertThat(asIs.subList(0, 3)).containsExactly("forces as they are", "2,172", "2,082");
            ApiClient.Reply treaty = api.postJson("/api/stability/treaty", "{\"treaty\": \"new-start\", \"posture\":"
                    + " \"us-russia-2009\"}");
            com.fasterxml.jackson.databind.JsonNode apiAsIs = treaty.json().get("as_is");
            assertThat(asIs.subList(5, 8)).containsExactly(whole(apiAsIs.get("a_survivors")),
                    whole(apiAsIs.get("b_survivors")), String.format(java.util.Locale.ROOT, "%.3f",
                            apiAsIs.get("assessment").get("index").asDouble()));
            assertThat(draft.get(0)).isEqualTo("under the draft");
            // New START counts one warhead per bomber: the U.S. keeps its bomber weapons on top of 1,000 counted.
            assertThat(number(draft.get(1))).isBetween(1000L, 2172L);
            assertThat(number(draft.get(3))).isLessThanOrEqualTo(700L);
            assertThat(number(draft.get(5))).isLessThan(Math.round(apiAsIs.get("a_survivors").asDouble()));
            assertThat(b.driver.findElement(By.id("e-result")).getText()).contains("EXCEEDS");
            js.executeScript("document.getElementById('e-stability').scrollIntoView()");
            b.screenshot("editor-stability-1280");

            new Select(b.driver.findElement(By.id("e-rule"))).selectByValue("keep-ssbns");
            waitFor(b, By.id("e-stability-status"), "cut by rule keep-ssbns");

            b.driver.findElement(By.id("e-save")).click();
            waitFor(b, By.id("e-status"), "Saved draft stability-draft");
            waitFor(b, By.id("e-stability-status"), "stability-draft on us-russia-2009, cut by rule keep-ssbns");

            js.executeScript("const t = document.getElementById('e-text');"
                    + "t.value = t.value.replace('entry_into_force = 2011-02-05', 'entry_into_force = 2031-02-05');");
            b.driver.findElement(By.id("e-validate")).click();
            b.waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("e-status"), "class", "error"));
            assertThat(b.driver.findElements(By.cssSelector("#e-stability-table tr"))).isEmpty();
        }
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }
}
