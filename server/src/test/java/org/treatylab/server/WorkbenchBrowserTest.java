package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page as its users expect it (issue 16): compliance of any treaty for both parties, chart downloads, on a
 * desktop and a 390 px phone. Screenshots go to target/screenshots/.
 */
class WorkbenchBrowserTest {
    private static TreatyLabServer server;

    @TempDir
    Path downloads;

    @BeforeAll
    static void start() {
        server = TreatyLabServer.start(Backends.SQLITE.options());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JavascriptExecutor js(Browser b) {
        return (JavascriptExecutor) b.driver;
    }

    private static void chooseTreaty(Browser b, String id, String marker) {
        b.waitUpTo(30).until(d -> d.findElements(By.cssSelector("#c-treaty option[value='" + id + "']")).size() == 1);
        new Select(b.driver.findElement(By.id("c-treaty"))).selectByValue(id);
        b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-status"), marker));
    }

    private static List<String> column(Browser b, int i) {
        return b.driver.findElements(By.cssSelector("#c-table tbody tr td:nth-child(" + i + ")")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void compliance_everyTreaty_bothPartiesSideBySide_withStatusesExplained() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#compliance");
            chooseTreaty(b, "new-start", "official figures from new-start-aggregates");
            for (String party : List.of("US", "RU")) {
                assertThat(b.driver.findElements(By.cssSelector("#c-chart-" + party + " canvas"))).as(party).isNotEmpty();
            }
            assertThat(column(b, 2)).contains("US", "RU");
            // V-except codes are spelled out on hover; each exchange links to where its figures were seen.
            WebElement code = b.driver.findElement(By.xpath("//table[@id='c-table']//td[text()='V-except-US-WH-D-launchers-U']"));
            assertThat(code.getAttribute("title")).contains("U.S. warheads derived").contains("total launchers unconfirmed");
            assertThat(b.driver.findElements(By.cssSelector("#c-table td a[href^='http']"))).isNotEmpty();
            assertThat(b.driver.findElements(By.cssSelector("#c-table tr.unconfirmed"))).isNotEmpty();
            b.screenshot("compliance-new-start-1280");

            chooseTreaty(b, "start-1", "official figures from start1-mou-1990");
            // The MOU data of 1990 as published: US 2,246 SNDV and 10,563 accountable warheads (FAS copy).
            assertThat(column(b, 9)).contains("start1-mou-1990");
            assertThat(column(b, 4)).contains("2,246", "10,563", "2,500", "10,271");
            assertThat(b.driver.findElement(By.id("c-status")).getText()).contains("Not counted: us-russia-2009");
            b.screenshot("compliance-start-1-1280");

            chooseTreaty(b, "sort", "official figures from sort-declarations");
            assertThat(column(b, 9)).contains("sort-declarations", "posture us-russia-2009");
            assertThat(column(b, 4)).contains("2,203", "2,126");
            // SORT's ceiling would have bound from 2012-12-31, after New START superseded it: no ceiling is drawn.
            Number ceilingPoints = (Number) js(b).executeScript("return echarts.getInstanceByDom(document.getElementById("
                    + "'c-chart-US')).getOption().series.find((s) => s.name === 'deployed-warheads ceiling').data.length");
            assertThat(ceilingPoints.intValue()).isZero();
            b.screenshot("compliance-sort-1280");
        }
    }

    @Test
    void compliance_phone_legendsReadable_nothingWiderThanThePhone() throws Exception {
        try (Browser b = Browser.open(390, 844)) {
            b.driver.get(server.url() + "#compliance");
            chooseTreaty(b, "new-start", "official figures");
            assertThat(((Number) js(b).executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(390);
            // The legend is a plain list (no pager that hides entries).
            String legendType = (String) js(b).executeScript("return echarts.getInstanceByDom("
                    + "document.getElementById('c-chart-US')).getOption().legend[0].type");
            assertThat(legendType).isEqualTo("plain");
            js(b).executeScript("document.getElementById('c-chart-RU').scrollIntoView()");
            b.screenshot("compliance-narrow-ru");
        }
    }

    @Test
    void chart_downloads_pngAndCsv() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            ((ChromeDriver) b.driver).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
            b.driver.get(server.url() + "#compliance");
            chooseTreaty(b, "new-start", "official figures");
            List<WebElement> buttons = b.driver.findElements(By.cssSelector(".chart-download[data-chart='c-chart-US']"));
            assertThat(buttons.stream().map(WebElement::getText)).containsExactly("PNG", "CSV");
            buttons.get(0).click();
            buttons.get(1).click();
            Path png = downloads.resolve("c-chart-US.png");
            Path csv = downloads.resolve("c-chart-US.csv");
            b.waitUpTo(20).until(d -> Files.exists(png) && Files.exists(csv));
            byte[] head = Files.readAllBytes(png);
            assertThat(head[1]).isEqualTo((byte) 'P');
            assertThat(head.length).isGreaterThan(20_000);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).isEqualTo("series,x,y,note");
            // The first exchange as declared (State Department, 2011-02-05): 1,800 U.S. warheads.
            assertThat(lines).contains("warheads declared,2011-02-05,1800,status V");
        }
    }

    @Test
    void talks_whyPanel_showsWeightsSourcesAndEveryOptionsScore() throws Exception {
        for (int width : new int[] {1280, 390}) {
            try (Browser b = Browser.open(width, width > 500 ? 900 : 844)) {
                b.driver.get(server.url() + "#talks");
                b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("t-why-open"))).click();
                b.waitUpTo(60).until(d -> d.findElements(By.cssSelector("#t-why-weights-US tbody tr")).size() > 5);
                String us = b.driver.findElement(By.id("t-why-weights-US")).getText();
                // The scenario's U.S. weight of survivability, 0.20, with its rationale and a link to its sources.
                assertThat(us).contains("survivability").contains("0.20").contains("second strike");
                assertThat(b.driver.findElement(By.id("t-why")).getText())
                        .contains("1 = this delegation's best possible treaty, 0 = its worst");
                assertThat(b.driver.findElements(By.cssSelector("#t-why a[href='/docs/talks-sources.md']"))).isNotEmpty();
                new Select(b.driver.findElement(By.id("t-why-issue"))).selectByValue("warheads");
                List<WebElement> options = b.driver.findElements(By.cssSelector("#t-why-options tbody tr"));
                assertThat(options).hasSize(7);
                assertThat(options.get(0).getText()).startsWith("500").contains("survivability");
                js(b).executeScript("document.getElementById('t-why').scrollIntoView()");
                b.screenshot("talks-why-" + width);
                if (width > 500) {
                    b.driver.get(server.url() + "docs/talks-sources.md");
                    assertThat(b.driver.findElement(By.tagName("body")).getText()).contains("| WH-JU |")
                            .contains("What REF stands for");
                }
            }
        }
    }

    @Test
    void permalink_restoresTheView_andBackForwardStepThroughChoices() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#compliance?treaty=sort");
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-status"),
                    "official figures from sort-declarations"));
            assertThat(new Select(b.driver.findElement(By.id("c-treaty"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("sort");
            chooseTreaty(b, "start-1", "start1-mou-1990");
            assertThat(b.driver.getCurrentUrl()).endsWith("#compliance?treaty=start-1");
            b.driver.findElement(By.cssSelector("#tabs button[data-view='stability']")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-status"), "At 500 warheads"));
            // Every parameter the engine used is listed with its status (the Minuteman III yield is an assumption).
            String parameters = (String) js(b).executeScript("return document.getElementById('s-parameters').textContent");
            assertThat(parameters).contains("yield_kt").contains("assumption").contains("Minuteman III");
            new Select(b.driver.findElement(By.id("s-rule"))).selectByValue("keep-ssbns");
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-status"), "(keep-ssbns)"));
            assertThat(b.driver.getCurrentUrl()).contains("#stability?posture=us-russia-2009&rule=keep-ssbns");

            b.driver.navigate().back();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("s-status"), "(proportional)"));
            b.driver.navigate().back();
            b.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("view-compliance")));
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-status"), "START I"));
            b.driver.navigate().back();
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-status"), "SORT"));
            b.driver.navigate().forward();
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("c-status"), "START I"));
            b.screenshot("permalink-forward-1280");

            // A talks permalink with a seed, agents and the run: reloading it plays the same talks again.
            b.driver.get(server.url() + "#talks?seed=3&US=boulware&RU=boulware&run=1");
            b.driver.navigate().refresh();
            b.waitUpTo(90).until(d -> {
                String t = d.findElement(By.id("t-summary")).getText();
                return t.startsWith("Agreement on") || t.startsWith("No agreement");
            });
            assertThat(b.driver.findElement(By.id("t-seed")).getAttribute("value")).isEqualTo("3");
            assertThat(b.driver.findElements(By.cssSelector("#t-ceilings canvas"))).isNotEmpty();
            b.screenshot("permalink-talks-1280");
        }
    }

    @Test
    void editor_showsLineNumbers_andMarksTheLineOfAnError() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#editor");
            b.waitUpTo(30).until(d -> ((String) js(b).executeScript("return document.getElementById('e-text').value"))
                    .contains("id = new-start"));
            long lines = (Long) js(b).executeScript("return document.getElementById('e-text').value.split('\\n').length");
            assertThat(b.driver.findElements(By.cssSelector("#e-gutter span"))).hasSize((int) lines);
            js(b).executeScript("const t = document.getElementById('e-text');"
                    + "t.value = t.value.replace('ceiling = 1550 from 2018-02-05', 'ceiling = many from 2018-02-05');");
            b.driver.findElement(By.id("e-validate")).click();
            b.waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("e-status"), "class", "error"));
            String error = b.driver.findElement(By.id("e-status")).getText();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(error);
            assertThat(m.find()).as(error).isTrue();
            WebElement bad = b.driver.findElement(By.cssSelector("#e-gutter span.bad"));
            assertThat(bad.getText()).isEqualTo(m.group(1));
            b.screenshot("editor-error-line-1280");
        }
    }

    @Test
    void talks_phone_chartsAppearWithData_movesTableKeepsItsTermsReadable() throws Exception {
        try (Browser b = Browser.open(390, 844)) {
            b.driver.get(server.url() + "#talks");
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("t-run")));
            // Before any offer there is nothing to draw: no empty boxes for the ceilings and the stability charts.
            assertThat(b.driver.findElement(By.id("t-ceilings")).isDisplayed()).isFalse();
            assertThat(b.driver.findElement(By.id("t-stability")).isDisplayed()).isFalse();
            b.driver.findElement(By.id("t-run")).click();
            b.waitUpTo(90).until(d -> d.findElement(By.id("t-summary")).getText().matches("(Agreement on|No agreement).*"));
            assertThat(b.driver.findElement(By.id("t-ceilings")).isDisplayed()).isTrue();
            assertThat(((Number) js(b).executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(390);
            WebElement terms = b.driver.findElement(By.cssSelector("#t-trace tbody tr td.long"));
            // The terms keep a readable width (not one word per line): at least 16rem.
            assertThat(terms.getRect().getWidth()).isGreaterThanOrEqualTo(240);
            js(b).executeScript("document.getElementById('t-ceilings').scrollIntoView()");
            b.screenshot("talks-ceilings-390");
            js(b).executeScript("document.getElementById('t-trace').scrollIntoView()");
            b.screenshot("talks-moves-390");
        }
    }

    @Test
    void playing_keepsTheDraftOffer_andListsTheBestOptionsForMe() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#talks");
            b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("t-play-RU"))).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-calendar"), "You play RU"));
            Select warheads = new Select(b.driver.findElement(By.id("t-issue-warheads")));
            warheads.selectByValue("1550");
            new Select(b.driver.findElement(By.id("t-issue-missile_defense"))).selectByValue("binding-limits");
            b.driver.findElement(By.id("t-offer")).click();
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("t-calendar"), "Round 2 of"));
            // The U.S. answered with its own offer; the form still holds the player's draft, not the U.S. terms.
            assertThat(b.driver.findElement(By.id("t-table")).getText()).contains("On the table (from US)");
            assertThat(new Select(b.driver.findElement(By.id("t-issue-warheads"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("1550");
            assertThat(new Select(b.driver.findElement(By.id("t-issue-missile_defense"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("binding-limits");

            b.driver.findElement(By.id("t-best")).click();
            b.waitUpTo(30).until(d -> d.findElements(By.cssSelector("#t-best-table tbody tr")).size() == 10);
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#t-best-table tbody tr"));
            List<Double> values = rows.stream().map(r -> Double.parseDouble(r.findElement(By.tagName("td")).getText()))
                    .toList();
            assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            rows.get(0).findElement(By.tagName("button")).click();
            String firstTerms = rows.get(0).findElements(By.tagName("td")).get(1).getText();
            String chosen = new Select(b.driver.findElement(By.id("t-issue-warheads"))).getFirstSelectedOption()
                    .getAttribute("value");
            assertThat(firstTerms).startsWith("warheads " + String.format(java.util.Locale.ROOT, "%,d",
                    Long.parseLong(chosen)));
            b.screenshot("talks-best-options-1280");
        }
    }
}
