package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatylab.server.ServerContract.isError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.treatylab.domain.Party;
import org.treatylab.report.Json;
import org.treatylab.store.LedgerSetup;

/** The ledger routes with per-party tokens, on each store (see the subclasses); one ledger, tests in name order. */
@TestMethodOrder(MethodOrderer.MethodName.class)
abstract class LedgerApiContract extends ServerContract {
    private static final String ITEMS = "uid,system,category,status,facility,warheads\n"
            + "US-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n"
            + "US-M3,Minuteman III,ICBM,non_deployed,Malmstrom,0\n"
            + "US-T1,Trident II D5,SLBM,deployed,Kings Bay,4\n";
    private Map<Party, String> tokens;

    @Override
    void prepare(ServerOptions o) {
        tokens = LedgerSetup.init(o.db(), o.keys(), List.of(Party.US, Party.RU));
    }

    private ApiClient.Reply as(Party p, String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + tokens.get(p)).header("Content-Type", type);
        b = method.equals("GET") ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return api.send(b, method.equals("GET") ? null : body);
    }

    private long entries(Party p) {
        return as(p, "GET", "/api/ledger", "", "application/json").json().get("entries").asLong();
    }

    @Test
    void everyLedgerRoute_withoutAValidToken_is401_beforeTheBodyIsRead() {
        for (String path : List.of("/api/ledger", "/api/ledger/items", "/api/ledger/reveals", "/api/ledger/verify")) {
            isError(api.get(path), 401, "API token");
        }
        isError(api.post("/api/ledger/items", "not,a,csv", "text/csv"), 401, "API token");
        isError(api.postJson("/api/ledger/exchanges", "{broken json"), 401, "API token");
        HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/ledger/items")).header("Authorization", "Bearer not-a-token").GET();
        isError(api.send(forged), 401, "not valid");
    }

    @Test
    void declareExchangeRevealInspect_eachPartyOnlyItsOwn() throws Exception {
        assertThat(as(Party.US, "POST", "/api/ledger/items?nonce=n-declare-1", ITEMS, "text/csv").status()).isEqualTo(201);
        JsonNode usItems = as(Party.US, "GET", "/api/ledger/items", "", "application/json").json();
        assertThat(usItems.size()).isEqualTo(4);
        assertThat(as(Party.RU, "GET", "/api/ledger/items", "", "application/json").json().size()).isZero();

        // An impossible notification is a 400 and writes nothing.
        long before = entries(Party.US);
        isError(as(Party.US, "POST", "/api/ledger/notifications", "{\"uid\":\"US-NOPE\",\"event\":\"deploy\",\"nonce\":\"n-bad-0001\"}",
                "application/json"), 400, "US-NOPE");
        isError(as(Party.US, "POST", "/api/ledger/items?nonce=n-bad-0002", "uid,system\nx,y\n", "text/csv"), 400,
                "items.csv");
        assertThat(entries(Party.US)).isEqualTo(before);
        JsonNode moved = as(Party.US, "POST", "/api/ledger/notifications",
                "{\"uid\":\"US-M3\",\"event\":\"move\",\"to\":\"Minot\",\"nonce\":\"n-notify-1\"}",
                "application/json").json();
        assertThat(moved.get("facility").asText()).isEqualTo("Minot");

        ApiClient.Reply ex = as(Party.US, "POST", "/api/ledger/exchanges", "{\"date\":\"2011-09-01\",\"nonce\":\"n-exchange-1\"}",
                "application/json");
        assertThat(ex.status()).as(ex.body()).isEqualTo(201);
        // New START counting of what was declared: 3 deployed (2 ICBMs + 1 SLBM), 1 + 1 + 4 = 6 warheads, 4 launchers.
        assertThat(ex.json().get("aggregates").toString()).contains("\"deployed-launchers\":3").contains("\"warheads\":6")
                .contains("\"total-launchers\":4");

        ApiClient.Reply rev = as(Party.US, "POST", "/api/ledger/reveals", "{\"facility\":\"Malmstrom\",\"nonce\":\"n-reveal-1\"}",
                "application/json");
        assertThat(rev.status()).as(rev.body()).isEqualTo(201);
        JsonNode reveal = rev.json();
        assertThat(reveal.get("openings").size()).isEqualTo(2);
        for (JsonNode o : reveal.get("openings")) {
            String doc = Json.compact(Map.of("leaf", o.get("commitment").asText(), "index", o.get("index").asLong(),
                    "tree_size", reveal.get("tree_size").asLong(), "proof", o.get("proof"),
                    "root", reveal.get("snapshot_root").asText()));
            assertThat(api.postJson("/api/verify/check-inclusion", doc).json().get("valid").asBoolean()).isTrue();
            String wrongRoot = doc.replace(reveal.get("snapshot_root").asText(), "00".repeat(32));
            JsonNode bad = api.postJson("/api/verify/check-inclusion", wrongRoot).json();
            assertThat(bad.get("valid").asBoolean()).isFalse();
            assertThat(bad.get("detail").asText()).contains("computed").contains("expected");
        }
        assertThat(as(Party.RU, "GET", "/api/ledger/reveals", "", "application/json").json().toString()).contains("US-M1");

        String found = "uid,system,category,status,facility,warheads\nUS-M1,Minuteman III,ICBM,deployed,Malmstrom,1\n"
                + "US-M2,Minuteman III,ICBM,deployed,Malmstrom,1\n";
        ApiClient.Reply ok = as(Party.RU, "POST", "/api/ledger/inspections", Json.compact(Map.of("of", "US",
                "facility", "Malmstrom", "found_csv", found, "nonce", "n-inspect-1")), "application/json");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("issues").size()).isZero();
        ApiClient.Reply extra = as(Party.RU, "POST", "/api/ledger/inspections", Json.compact(Map.of("of", "US",
                "facility", "Malmstrom", "found_csv", found + "US-M9,Minuteman III,ICBM,deployed,Malmstrom,1\n",
                "nonce", "n-inspect-2")),
                "application/json");
        assertThat(extra.json().get("issues").toString()).contains("US-M9");
        isError(as(Party.US, "POST", "/api/ledger/inspections", Json.compact(Map.of("of", "US", "facility", "Malmstrom",
                "found_csv", found, "nonce", "n-inspect-3")), "application/json"), 403, "cannot inspect itself");

        JsonNode verified = as(Party.RU, "GET", "/api/ledger/verify", "", "application/json").json();
        assertThat(verified.get("ok").asBoolean()).isTrue();
        assertThat(verified.get("entries").asLong()).isEqualTo(entries(Party.RU));
    }

    @Test
    void replay_ofEveryWriteRoute_is409NamingTheOriginalEntryAndAppendsNothing() {
        String found = "uid,system,category,status,facility,warheads\nUS-R1,Minuteman III,ICBM,deployed,Malmstrom,1\n";
        String[][] writes = {
            {"US", "/api/ledger/items?nonce=r-declare-1", ITEMS.replace("US-M", "US-R").replace("US-T", "US-S"),
                "text/csv"},
            {"US", "/api/ledger/notifications", "{\"uid\":\"US-R3\",\"event\":\"move\",\"to\":\"Minot\","
                    + "\"nonce\":\"r-notify-1\"}", "application/json"},
            {"US", "/api/ledger/exchanges", "{\"date\":\"2011-09-01\",\"nonce\":\"r-exchange-1\"}", "application/json"},
            {"US", "/api/ledger/reveals", "{\"facility\":\"Malmstrom\",\"nonce\":\"r-reveal-1\"}", "application/json"},
            {"RU", "/api/ledger/inspections", Json.compact(Map.of("of", "US", "facility", "Malmstrom", "found_csv", found,
                    "nonce", "r-inspect-1")), "application/json"}};
        long[] original = new long[writes.length];
        for (int i = 0; i < writes.length; i++) {
            String[] w = writes[i];
            original[i] = entries(Party.US);
            ApiClient.Reply first = as(Party.parse(w[0]), "POST", w[1], w[2], w[3]);
            assertThat(first.status()).as(w[1] + ": " + first.body()).isIn(200, 201);
        }
        long size = entries(Party.US);
        for (int i = 0; i < writes.length; i++) {
            String[] w = writes[i];
            isError(as(Party.parse(w[0]), "POST", w[1], w[2], w[3]), 409, "already written in entry " + original[i]
                    + ";");
        }
        assertThat(entries(Party.US)).isEqualTo(size);
        // The same nonce from the other party is not a replay; a write without a nonce is refused before anything.
        isError(as(Party.US, "POST", "/api/ledger/exchanges", "{\"date\":\"2011-09-01\"}", "application/json"), 400,
                "nonce");
        isError(as(Party.US, "POST", "/api/ledger/items", ITEMS, "text/csv"), 400, "nonce");
        isError(as(Party.US, "POST", "/api/ledger/reveals", "{\"facility\":\"Malmstrom\",\"nonce\":\"short\"}",
                "application/json"), 400, "nonce");
        assertThat(entries(Party.US)).isEqualTo(size);
        JsonNode verified = as(Party.RU, "GET", "/api/ledger/verify", "", "application/json").json();
        assertThat(verified.get("entries").asLong()).isEqualTo(size);
        assertThat(verified.get("not_checked").toString()).contains("private parts of US (not visible to RU)");
    }

    @Test
    void inspectionsPlanner_isPublic() {
        JsonNode j = api.get("/api/verify/inspections?facilities=35&violating=1&max=18").json();
        assertThat(j.get("points").get(18).get("probability").asDouble()).isCloseTo(18.0 / 35,
                org.assertj.core.data.Offset.offset(1e-12));
        isError(api.get("/api/verify/inspections?facilities=0"), 400, "facilities");
    }
}
