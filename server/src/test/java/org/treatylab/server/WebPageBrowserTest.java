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
    private static java.util.Map<org.treatylab.domain.Party, String> tokens;

    @BeforeAll
    static void start() {
        ServerOptions o = Backends.SQLITE.options();
        tokens = org.treatylab.store.LedgerSetup.init(o.db(), o.keys(),
                java.util.List.of(org.treatylab.domain.Party.US, org.treatylab.domain.Party.RU));
        server = TreatyLabServer.start(o);
        ApiClient api = new ApiClient(server);
        String us = "Bearer " + tokens.get(org.treatylab.domain.Party.US);
        var uri = java.net.URI.create("http://127.0.0.1:" + server.port());
        api.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/api/ledger/items?nonce=browser-declare-1")).header("Authorization", us)
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "uid,system,category,status,facility,warheads\nUS-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n"
                                + "US-M2,Minuteman III,ICBM,deployed,Malmstrom,1\nUS-M3,Minuteman III,ICBM,deployed,Minot,1\n"
                                + "US-T1,Trident II D5,SLBM,deployed,Kings Bay,4\nUS-T2,Trident II D5,SLBM,deployed,Kings Bay,4\n")));
        api.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/api/ledger/exchanges")).header("Authorization", us)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"date\":\"2011-09-01\",\"nonce\":\"browser-exchange-1\"}")));
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
            assertThat(b.driver.findElements(By.cssSelector("#c-chart-US canvas"))).isNotEmpty();
            assertThat(b.driver.findElements(By.cssSelector("#c-chart-RU canvas"))).isNotEmpty();
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
    void afterNewStart_threePartyTalksByAgents_thenChinaPlayedToTheEnd_andTheBilateralComparison() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#after");
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("a-run"))).click();
            try {
                b.waitUpTo(90).until(d -> {
                    String t = d.findElement(By.id("a-summary")).getText();
                    return t.startsWith("Agreement on") || t.startsWith("No agreement");
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no three-party result; console: " + b.consoleLog(), e);
            }
            String summary = b.driver.findElement(By.id("a-summary")).getText();
            assertThat(summary).contains("US ").contains("RU ").contains("CN ").contains("Nash terms");
            assertThat(b.driver.findElement(By.cssSelector("#a-trace thead")).getText()).contains("CN value");
            assertThat(b.driver.findElements(By.cssSelector("#a-trace tbody tr")).size()).isGreaterThan(10);
            assertThat(b.driver.findElements(By.cssSelector("#a-stability canvas"))).isNotEmpty();
            b.screenshot("after-agents-1280");

            b.driver.findElement(By.id("a-play-CN")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("a-calendar"), "You play CN"));
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("a-offer")));
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("a-issue-cn_warheads")))
                    .selectByValue("1000");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("a-issue-missile_defense")))
                    .selectByValue("binding-limits");
            b.driver.findElement(By.id("a-offer")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("a-calendar"), "Round 2 of"));
            assertThat(b.driver.findElement(By.id("a-trace")).getText()).contains("cn warheads 1000");
            b.screenshot("after-play-cn-1280");
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("a-end"))).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("a-calendar"), "Talks over"));
            assertThat(b.driver.findElement(By.id("a-summary")).getText()).startsWith("No agreement");

            b.driver.findElement(By.id("a-compare")).click();
            b.waitUpTo(120).until(ExpectedConditions.textToBePresentInElementLocated(By.id("a-compare-status"),
                    "Bilateral (US–RU, CN outside)"));
            assertThat(b.driver.findElement(By.id("a-compare-table")).getText()).contains("CN (outside)");
            b.screenshot("after-compare-1280");
        }
    }

    @Test
    void verification_revealAFacility_andSeeItsInclusionProofsVerifiedInTheBrowser() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#verification");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("v-use")));
            b.driver.findElement(By.id("v-token")).sendKeys(tokens.get(org.treatylab.domain.Party.US));
            b.driver.findElement(By.id("v-use")).click();
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-who"), "You are US"));
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-exchanges"), "2011-09-01"));
            assertThat(b.driver.findElement(By.id("v-items")).getText()).contains("US-T1").contains("Kings Bay");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("v-facility"))).selectByValue("Kings Bay");
            b.driver.findElement(By.id("v-reveal")).click();
            b.waitUpTo(30).until(d -> d.findElements(By.cssSelector("td.proof-ok")).size() == 2);
            assertThat(b.driver.findElements(By.cssSelector("td.proof-bad"))).isEmpty();
            b.driver.findElement(By.id("v-verify-ledger")).click();
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-ledger"), "Ledger verified"));
            b.screenshot("verification-reveal-1280");
        }
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#verification");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("v-use")));
            b.driver.findElement(By.id("v-token")).sendKeys(tokens.get(org.treatylab.domain.Party.RU));
            b.driver.findElement(By.id("v-use")).click();
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-who"), "You are RU"));
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-exchanges"), "2011-09-01"));
            // Russia declared nothing; it sees the U.S. reveal and checks its proofs itself.
            assertThat(b.driver.findElement(By.id("v-items")).getText()).doesNotContain("US-T1");
            b.waitUpTo(30).until(d -> d.findElements(By.cssSelector("td.proof-ok")).size() >= 2);
            b.screenshot("verification-inspector-1280");
        }
    }

    @Test
    void narrowScreen_stillShowsTheTabsAndTable() throws Exception {
        try (Browser b = Browser.open(390, 844)) {
            b.driver.get(server.url() + "#compliance");
            b.waitUpTo(20).until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#c-table tbody tr"), 10));
            long viewport = (Long) ((JavascriptExecutor) b.driver).executeScript("return window.innerWidth");
            assertThat(viewport).isLessThanOrEqualTo(400);
            for (WebElement tab : b.driver.findElements(By.cssSelector("#tabs button"))) {
                assertThat(tab.isDisplayed()).isTrue();
                assertThat((long) tab.getRect().getX() + tab.getRect().getWidth()).isLessThanOrEqualTo(viewport);
            }
            b.screenshot("compliance-narrow");
        }
    }
}
