package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treatylab.domain.Party;
import org.treatylab.store.LedgerSetup;

/**
 * The web page as a witness, in headless Chromium: it checks the host's signed head with WebCrypto Ed25519, keeps
 * the last head it accepted, checks a consistency proof for a larger log, and says FORK when a head contradicts it.
 */
class WitnessBrowserTest {
    private static TreatyLabServer server;
    private static Map<Party, String> tokens;
    private static ApiClient api;
    private static ServerOptions options;

    @BeforeAll
    static void start() throws Exception {
        Path host = Files.createTempDirectory("treatylab-host");
        ServerOptions o = Backends.SQLITE.options().withHostKey(host.resolve("host.key"));
        options = o;
        tokens = LedgerSetup.init(o.db(), o.keys(), List.of(Party.US, Party.RU));
        server = TreatyLabServer.start(o);
        api = new ApiClient(server);
        write("/api/ledger/items?nonce=wb-declare-1", "uid,system,category,status,facility,warheads\n"
                + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\nUS-M2,Minuteman III,ICBM,deployed,Minot,1\n", "text/csv");
    }

    private static void write(String path, String body, String type) {
        var r = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + tokens.get(Party.US)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)), body);
        assertThat(r.status() / 100).as(r.body()).isEqualTo(2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String checkHead(Browser b, String expected) {
        b.driver.findElement(By.id("v-check-head")).click();
        try {
            b.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-head"), expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("v-head: '" + b.driver.findElement(By.id("v-head")).getText() + "'; console: "
                    + b.consoleLog(), e);
        }
        return b.driver.findElement(By.id("v-head")).getText();
    }

    @Test
    void page_signsADeclarationWithANonExtractableKey_andTheLedgerVerifies() throws Exception {
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(server.url() + "#verification");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("v-token")))
                    .sendKeys(tokens.get(Party.RU));
            b.driver.findElement(By.id("v-use")).click();
            b.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-who"), "You are RU"));
            b.driver.findElement(By.id("v-keyfile")).sendKeys(options.keys().resolve("RU.key").toAbsolutePath()
                    .toString());
            b.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-key"), "non-extractable"));
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            assertThat(js.executeScript("return ledger.signingKey.extractable")).isEqualTo(false);
            assertThat(js.executeScript("return ledger.signingKey.usages.join(',')")).isEqualTo("sign");
            js.executeScript("document.getElementById('v-items-csv').value = 'uid,system,category,status,facility,"
                    + "warheads\\nRU-B1,RS-24,MOBILE_ICBM,deployed,Teykovo,4\\nRU-B2,RS-24,MOBILE_ICBM,non_deployed,"
                    + "Teykovo,0\\n';");
            b.driver.findElement(By.id("v-prepare")).click();
            b.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-bytes"),
                    "treatylab-ledger-batch/v1"));
            assertThat(b.driver.findElement(By.id("v-bytes")).getText()).containsPattern("party +RU\\n");
            assertThat(b.driver.findElement(By.id("v-prepared")).getText()).contains("RU-B1").contains("Teykovo");
            js.executeScript("document.getElementById('v-keyfile').scrollIntoView()");
            b.screenshot("sign-prepared-1280");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("v-sign"))).click();
            try {
                b.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-signed"),
                        "signed in this browser"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("not signed: " + b.driver.findElement(By.id("v-error")).getText()
                        + "; console: " + b.consoleLog(), e);
            }
            assertThat(b.driver.findElement(By.id("v-signed")).getText()).startsWith("Declared 2 items of RU");
            assertThat(b.driver.findElement(By.id("v-items")).getText()).contains("RU-B1").contains("RU-B2");
            b.driver.findElement(By.id("v-verify-ledger")).click();
            b.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("v-ledger"),
                    "Ledger verified"));
            js.executeScript("document.getElementById('v-signed').scrollIntoView()");
            b.screenshot("sign-declared-verified-1280");
        }
    }

    @Test
    void page_witnessesTheHostsHeads_andSaysForkWhenOneContradictsWhatItSaw() throws Exception {
        try (Browser b = Browser.open(1280, 800)) {
            b.driver.get(server.url() + "#verification");
            b.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("v-token")))
                    .sendKeys(tokens.get(Party.US));
            b.driver.findElement(By.id("v-use")).click();
            String first = checkHead(b, "first head seen from this host");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Host head: (\\d+) entries").matcher(first);
            assertThat(m.find()).as(first).isTrue();
            long n = Long.parseLong(m.group(1));
            b.screenshot("witness-first-1280");

            write("/api/ledger/notifications", "{\"uid\":\"US-M2\",\"event\":\"move\",\"to\":\"Malmstrom\","
                    + "\"nonce\":\"wb-move-1\"}", "application/json");
            String second = checkHead(b, "consistent with the " + n + " entries seen before");
            assertThat(second).startsWith("Host head: " + (n + 1) + " entries");
            b.screenshot("witness-consistent-1280");

            // what this browser saw is made to differ from what the host signs: the next check must say FORK
            ((JavascriptExecutor) b.driver).executeScript("for (const k of Object.keys(localStorage)) {"
                    + " if (k.startsWith('treatylab.head.')) { const h = JSON.parse(localStorage.getItem(k));"
                    + " h.tree_size = 3; h.root = '00'.repeat(32); localStorage.setItem(k, JSON.stringify(h)); } }");
            String fork = checkHead(b, "FORK");
            assertThat(fork).contains("does not extend the 3 entries seen");
            assertThat(b.driver.findElement(By.id("v-head")).getAttribute("class")).isEqualTo("error");
            b.screenshot("witness-fork-1280");
        }
    }
}
