package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Two people play the 2009 talks against each other in two headless Chromium sessions (a desktop and a 390 px phone)
 * while a third watches; offers arrive live; the phone's player closes the browser and comes back with the seat's
 * link. Screenshots go to target/screenshots/.
 */
class TalksRoomBrowserTest {
    private static TreatyLabServer server;

    @BeforeAll
    static void start() {
        server = TreatyLabServer.start(Backends.SQLITE.options());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void waitText(Browser b, String id, String text) {
        try {
            b.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (TimeoutException e) {
            throw new AssertionError("#" + id + " never showed '" + text + "' (it shows '"
                    + b.driver.findElement(By.id(id)).getText() + "'); console: " + b.consoleLog(), e);
        }
    }

    private static void open(Browser b) {
        b.driver.get(server.url() + "#talks");
        b.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("t-room-open")));
    }

    @Test
    void twoPeoplePlayToAgreement_whileAThirdWatches_andASeatComesBackWithItsLink() throws Exception {
        try (Browser us = Browser.open(1280, 900); Browser watcher = Browser.open(1280, 900)) {
            open(us);
            new Select(us.driver.findElement(By.id("t-room-play"))).selectByValue("US");
            us.driver.findElement(By.id("t-room-open")).click();
            waitText(us, "t-calendar", "You play US. Your move.");
            String code = us.driver.findElement(By.id("t-room-id")).getText();
            assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(us.driver.findElement(By.id("t-room")).getText()).contains("open seats: RU");

            String ruLink;
            try (Browser ru = Browser.open(390, 844)) {
                open(ru);
                ru.driver.findElement(By.id("t-room-code")).sendKeys(code.replace("-", "").toLowerCase());
                ru.driver.findElement(By.id("t-room-join")).click();
                waitText(ru, "t-calendar", "You play RU. Waiting for US to move.");
                ruLink = ru.driver.findElement(By.id("t-seat-link")).getAttribute("href");
                assertThat(ruLink).contains("room=" + code).contains("seat=");
                assertThat(ru.driver.getCurrentUrl()).isEqualTo(ruLink);
                waitText(us, "t-room", "open seats: none");

                open(watcher);
                watcher.driver.findElement(By.id("t-room-code")).sendKeys(code);
                watcher.driver.findElement(By.id("t-room-watch")).click();
                waitText(watcher, "t-calendar", "You watch. Waiting for US to move.");
                assertThat(watcher.driver.findElement(By.id("t-form")).isDisplayed()).isFalse();

                new Select(us.driver.findElement(By.id("t-issue-warheads"))).selectByValue("1550");
                new Select(us.driver.findElement(By.id("t-issue-deployed_launchers"))).selectByValue("700");
                us.driver.findElement(By.id("t-offer")).click();
                waitText(us, "t-calendar", "Waiting for RU to move.");
                // the offer arrives live at the other seat and at the watcher (server-sent events, no reload)
                waitText(ru, "t-calendar", "You play RU. Your move.");
                waitText(ru, "t-table", "On the table (from US)");
                assertThat(ru.driver.findElement(By.id("t-table")).getText()).contains("warheads 1,550")
                        .contains("your value");
                waitText(watcher, "t-trace", "warheads 1,550");
                assertThat(watcher.driver.findElement(By.id("t-trace")).getText()).doesNotContain("US value");
                ru.screenshot("talks-room-ru-390");
                us.screenshot("talks-room-us-1280");
                watcher.screenshot("talks-room-watcher-1280");
            }

            // the phone's player closed the browser; the seat's link brings them back to the same seat
            try (Browser back = Browser.open(390, 844)) {
                back.driver.get(ruLink);
                waitText(back, "t-calendar", "You play RU. Your move.");
                waitText(back, "t-table", "warheads 1,550");
                back.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id("t-accept"))).click();
                waitText(back, "t-calendar", "Talks over");
                waitText(back, "t-summary", "Agreement on 2009-04-24");
                back.screenshot("talks-room-ru-agreed-390");
            }
            waitText(us, "t-calendar", "Talks over");
            waitText(us, "t-summary", "Agreement on 2009-04-24");
            assertThat(us.driver.findElement(By.id("t-summary")).getText()).contains("warheads 1,550");
            waitText(watcher, "t-summary", "Agreement on 2009-04-24");
            // at the end the watcher sees both sides' values
            assertThat(watcher.driver.findElement(By.id("t-trace")).getText()).contains("US value").contains("RU value");
            us.screenshot("talks-room-agreed-1280");
            watcher.screenshot("talks-room-watcher-agreed-1280");
        }
    }
}
