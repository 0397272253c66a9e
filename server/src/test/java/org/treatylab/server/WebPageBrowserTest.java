package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Drives the web page in headless Chromium against a real server; screenshots go to target/screenshots/. */
class WebPageBrowserTest {
    private static TreatyLabServer server;

    @BeforeAll
    static void start() {
        server = TreatyLabServer.start(Backends.SQLITE.options());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void compliancePage_drawsTheNewStartSeries() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#compliance");
            b.waitUpTo(20).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#c-table tbody tr"), 10));
            List<WebElement> cells = b.driver.findElements(By.cssSelector("#c-table td"));
            assertThat(cells.stream().map(WebElement::getText)).contains("NOT_YET_BINDING", "deployed-launchers");
            assertThat(b.driver.findElements(By.cssSelector("#c-chart canvas"))).isNotEmpty();
            assertThat(Files.size(b.screenshot("compliance-1280"))).isGreaterThan(10_000);
        }
    }

    @Test
    void treatyEditor_draftWithLowerCeiling_showsItsCompliance() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#editor");
            b.waitUpTo(20).until(d -> ((String) ((JavascriptExecutor) d)
                    .executeScript("return document.getElementById('e-text').value")).contains("id = new-start"));
            ((JavascriptExecutor) b.driver).executeScript("const t = document.getElementById('e-text');"
                    + "t.value = t.value.replace('id = new-start', 'id = browser-draft')"
                    + ".replace('ceiling = 1550 from 2018-02-05', 'ceiling = 1000 from 2018-02-05');");
            b.driver.findElement(By.id("e-save")).click();
            b.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("e-status"), "Saved draft browser-draft"));
            String table = b.driver.findElement(By.id("e-result")).getText();
            assertThat(table).contains("warheads").contains("1000").contains("EXCEEDS");
            b.screenshot("editor-draft-1280");

            ((JavascriptExecutor) b.driver).executeScript("const t = document.getElementById('e-text');"
                    + "t.value = t.value.replace('entry_into_force = 2011-02-05', 'entry_into_force = 2031-02-05');");
            b.driver.findElement(By.id("e-validate")).click();
            b.waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("e-status"), "class", "error"));
            assertThat(b.driver.findElement(By.id("e-status")).getText()).contains("dates out of order");
        }
    }

    @Test
    void talks_playedByAgentsToTheEnd_thenPlayingRussiaYourself() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#talks");
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("t-run"))).click();
            try {
                b.waitUpTo(60).until(d -> {
                    String t = d.findElement(By.id("t-summary")).getText();
                    return t.startsWith("Agreement on") || t.startsWith("No agreement");
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no talks result; console: " + b.consoleLog(), e);
            }
            assertThat(b.driver.findElement(By.id("t-summary")).getText()).contains("Nash terms");
            assertThat(b.driver.findElements(By.cssSelector("#t-trace tbody tr")).size()).isGreaterThan(10);
            assertThat(b.driver.findElements(By.cssSelector("#t-space canvas"))).isNotEmpty();
            b.screenshot("talks-agents-1280");

            b.driver.findElement(By.id("t-play-RU")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-calendar"), "You play RU"));
            assertThat(b.driver.findElement(By.id("t-table")).getText()).contains("your value");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("t-issue-warheads"))).selectByValue("1550");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("t-issue-missile_defense")))
                    .selectByValue("binding-limits");
            b.driver.findElement(By.id("t-offer")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-calendar"), "Round 2 of"));
            assertThat(b.driver.findElement(By.id("t-trace")).getText()).contains("warheads 1,550");
            b.screenshot("talks-play-ru-1280");
            b.driver.findElement(By.id("t-accept")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-calendar"), "Talks over"));
            assertThat(b.driver.findElement(By.id("t-summary")).getText()).startsWith("Agreement on 2009-05-01");
            b.screenshot("talks-agreed-1280");
        }
    }

    @Test
    void narrowScreen_stillShowsTheTabsAndTable() throws Exception {
        try (Browser b = Browser.open(390, 844)) {
            b.driver.get(server.url() + "#compliance");
            b.waitUpTo(20).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#c-table tbody tr"), 10));
            for (WebElement tab : b.driver.findElements(By.cssSelector("#tabs button"))) {
                assertThat(tab.isDisplayed()).isTrue();
                assertThat(tab.getRect().getX() + tab.getRect().getWidth()).isLessThanOrEqualTo(390);
            }
            b.screenshot("compliance-narrow");
        }
    }
}
