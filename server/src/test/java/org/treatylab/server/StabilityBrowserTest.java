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
 * target/screenshots/. Figures for the shipped 2009 postures are the README's published 500-warhead answer.
 */
class StabilityBrowserTest {
    private static final By ROW_500 = By.cssSelector("#s-table tbody tr[data-ceiling='500']");
    private static TreatyLabServer server;

    @BeforeAll
    static void start() {
        server = TreatyLabServer.start(Backends.SQLITE.options());
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
            // ceiling, US and RU warheads, vehicles x2, US survivors, RU survivors, ratios x2, index
            List<String> c = cells(row);
            assertThat(c.get(0)).isEqualTo("500");
            assertThat(c.subList(1, 3)).containsExactly("500", "500");
            assertThat(c.subList(5, 7)).containsExactly("142", "28");
            assertThat(c.get(9)).isEqualTo("0.153");
            List<String> cut = cells(b.driver.findElement(By.cssSelector("#s-table tbody tr[data-ceiling='cut']")));
            assertThat(cut.get(0)).isEqualTo("90% cut");
            assertThat(cut.get(1)).isEqualTo("284");
            assertThat(b.driver.findElement(By.id("s-assumptions")).getText()).contains("UNCONFIRMED")
                    .contains("ASSUMPTION").contains("rule proportional");
            assertThat(b.driver.findElements(By.cssSelector("#s-chart canvas"))).isNotEmpty();
            assertThat(Files.size(b.screenshot("stability-1280"))).isGreaterThan(10_000);
            ((JavascriptExecutor) b.driver).executeScript("document.getElementById('s-table').scrollIntoView()");
            b.screenshot("stability-table-1280");

            new Select(b.driver.findElement(By.id("s-rule"))).selectByValue("keep-ssbns");
            waitFor(b, By.id("s-status"), "At 500 warheads each (keep-ssbns)");
            assertThat(cells(b.driver.findElement(ROW_500)).subList(5, 7)).containsExactly("300", "100");
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
            assertThat(b.driver.findElement(ROW_500).getText()).contains("142");
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
            assertThat(asIs.subList(0, 3)).containsExactly("forces as they are", "2,838", "2,905");
            assertThat(asIs.subList(5, 8)).containsExactly("760", "164", "0.476");
            assertThat(draft.get(0)).isEqualTo("under the draft");
            // New START counts one warhead per bomber: the U.S. keeps its bomber weapons on top of 1,000 counted.
            assertThat(number(draft.get(1))).isBetween(1000L, 2838L);
            assertThat(number(draft.get(3))).isLessThanOrEqualTo(700L);
            assertThat(number(draft.get(5))).isLessThan(760L);
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
