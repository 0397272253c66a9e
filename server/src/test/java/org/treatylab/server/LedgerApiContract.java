package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatylab.server.ServerContract.isError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.report.Json;
import org.treatylab.store.LedgerSetup;

/** The ledger routes with per-party tokens, on each store (see the subclasses). */
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
        assertThat(as(Party.US, "POST", "/api/ledger/items", ITEMS, "text/csv").status()).isEqualTo(201);
        JsonNode usItems = as(Party.US, "GET", "/api/ledger/items", "", "application/json").json();
        assertThat(usItems.size()).isEqualTo(4);
        assertThat(as(Party.RU, "GET", "/api/ledger/items", "", "application/json").json().size()).isZero();

        // An impossible notification is a 400 and writes nothing.
        long before = entries(Party.US);
        isError(as(Party.US, "POST", "/api/ledger/notifications", "{\"uid\":\"US-NOPE\",\"event\":\"deploy\"}",
                "application/json"), 400, "US-NOPE");
        isError(as(Party.US, "POST", "/api/ledger/items", "uid,system\nx,y\n", "text/csv"), 400, "items.csv");
        assertThat(entries(Party.US)).isEqualTo(before);
        JsonNode moved = as(Party.US, "POST", "/api/ledger/notifications",
                "{\"uid\":\"US-M3\",\"event\":\"move\",\"to\":\"Minot\"}", "application/json").json();
        assertThat(moved.get("facility").asText()).isEqualTo("Minot");

        ApiClient.Reply ex = as(Party.US, "POST", "/api/ledger/exchanges", "{\"date\":\"2011-09-01\"}", "application/json");
        assertThat(ex.status()).as(ex.body()).isEqualTo(201);
        // New START counting of what was declared: 3 deployed (2 ICBMs + 1 SLBM), 1 + 1 + 4 = 6 warheads, 4 launchers.
        assertThat(ex.json().get("aggregates").toString()).contains("\"deployed-launchers\":3").contains("\"warheads\":6")
                .contains("\"total-launchers\":4");

        ApiClient.Reply rev = as(Party.US, "POST", "/api/ledger/reveals", "{\"facility\":\"Malmstrom\"}", "application/json");
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
                "facility", "Malmstrom", "found_csv", found)), "application/json");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("issues").size()).isZero();
        ApiClient.Reply extra = as(Party.RU, "POST", "/api/ledger/inspections", Json.compact(Map.of("of", "US",
                "facility", "Malmstrom", "found_csv", found + "US-M9,Minuteman III,ICBM,deployed,Malmstrom,1\n")),
                "application/json");
        assertThat(extra.json().get("issues").toString()).contains("US-M9");
        isError(as(Party.US, "POST", "/api/ledger/inspections", Json.compact(Map.of("of", "US", "facility", "Malmstrom",
                "found_csv", found)), "application/json"), 403, "cannot inspect itself");

        JsonNode verified = as(Party.RU, "GET", "/api/ledger/verify", "", "application/json").json();
        assertThat(verified.get("ok").asBoolean()).isTrue();
        assertThat(verified.get("entries").asLong()).isEqualTo(entries(Party.RU));
    }

    @Test
    void inspectionsPlanner_isPublic() {
        JsonNode j = api.get("/api/verify/inspections?facilities=35&violating=1&max=18").json();
        assertThat(j.get("points").get(18).get("probability").asDouble()).isCloseTo(18.0 / 35,
                org.assertj.core.data.Offset.offset(1e-12));
        isError(api.get("/api/verify/inspections?facilities=0"), 400, "facilities");
    }

    @Test
    void inspectionsPlanner_fewerFacilitiesThanTheDefaultMax_curveStopsAtEveryFacilityInspected() {
        // Hand-worked: 2 violating of 10 facilities, all 10 inspected -> detected for certain; 1 -> 2/10.
        JsonNode j = api.get("/api/verify/inspections?facilities=10&violating=2").json();
        assertThat(j.get("points")).hasSize(11);
        assertThat(j.get("points").get(1).get("probability").asDouble()).isCloseTo(0.2,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(j.get("points").get(10).get("probability").asDouble()).isEqualTo(1.0);
        isError(api.get("/api/verify/inspections?facilities=10&max=11"), 400, "max");
    }
}
