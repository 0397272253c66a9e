package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The foundation routes, run against a server on each store (see the subclasses). */
abstract class FoundationApiContract extends ServerContract {
    @Test
    void health_andOpenApi_describeExactlyTheRegisteredRoutes() {
        assertThat(api.get("/api/health").json().get("status").asText()).isEqualTo("ok");
        JsonNode doc = api.get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            e.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + e.getKey()));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(new HashSet<>(server.registeredRoutes()));
        assertThat(documented).contains("POST /api/count", "GET /api/treaties/{id}");
    }

    @Test
    void catalogueAndPostures() {
        JsonNode cat = api.get("/api/catalogue?year=2009&party=RU").json();
        assertThat(cat.size()).isGreaterThan(5);
        cat.forEach(s -> assertThat(s.get("era").asInt()).isEqualTo(2009));
        isError(api.get("/api/catalogue?party=France"), 400, "unknown party 'France'");
        isError(api.get("/api/catalogue?year=abc"), 400, "query 'year' must be a whole number");
        assertThat(api.get("/api/postures").json().toString()).contains("start1-mou-1990");
        JsonNode mou = api.get("/api/postures/start1-mou-1990").json();
        assertThat(mou.get(0).get("party").asText()).isEqualTo("US");
        isError(api.get("/api/postures/nope"), 404, "no shipped posture 'nope'");
        ApiClient.Reply parsed = api.post("/api/postures/parse", "party,system,category,deployed\nUS,A,ICBM,3\n", "text/csv");
        assertThat(parsed.json().get(0).get("rows").get(0).get("deployed").asInt()).isEqualTo(3);
        isError(api.post("/api/postures/parse", "party,system,category,deployed\nUS,A,ICBM,x\n", "text/csv"), 400,
                "posture.csv line 2, column 'deployed': expected a whole number, got 'x'");
    }

    @Test
    void count_mouUnderStartOne_matchesPublishedTotals() {
        JsonNode j = api.postJson("/api/count", "{\"treaty\":\"start-1\",\"posture\":\"start1-mou-1990\"}").json();
        assertThat(j.get("date").isNull()).isTrue();
        assertThat(j.get("parties").get(0).get("limits").get(1).get("counted").asLong()).isEqualTo(10563);
        assertThat(j.get("parties").get(1).get("limits").get(1).get("counted").asLong()).isEqualTo(10271);
    }

    @Test
    void count_badInputs_are4xxWithJsonErrors() {
        isError(api.postJson("/api/count", ""), 400, "body is empty");
        isError(api.postJson("/api/count", "[1]"), 400, "must be a JSON object");
        isError(api.postJson("/api/count", "{\"posture\":\"us-russia-2009\"}"), 400, "'treaty'");
        isError(api.postJson("/api/count", "{\"treaty\":\"salt-2\",\"posture\":\"us-russia-2009\"}"), 404, "no treaty 'salt-2'");
        isError(api.postJson("/api/count", "{\"treaty\":\"new-start\",\"posture\":\"nope\"}"), 404, "no shipped posture");
        isError(api.postJson("/api/count", "{\"treaty\":\"new-start\",\"posture\":\"us-russia-2009\",\"date\":\"soon\"}"),
                400, "field 'date' must be a date");
        isError(api.postJson("/api/count", "{\"treaty\":\"sort\",\"posture_csv\":\"party,system,category,deployed\\nUS,B,HEAVY_BOMBER,3\\n\"}"), 400,
                "SORT counting needs 'weapons_per_bomber'");
        isError(api.postJson("/api/count", "{\"treaty\":7,\"posture\":\"us-russia-2009\"}"), 400, "must be a string");
    }

    @Test
    void drafts_createCountValidateDelete() {
        String text = api.get("/api/treaties/new-start?format=file").body()
                .replace("id = new-start", "id = api-draft").replace("ceiling = 700 from", "ceiling = 500 from");
        ApiClient.Reply created = api.post("/api/treaties", text, "text/plain");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("draft").asBoolean()).isTrue();
        JsonNode count = api.postJson("/api/count", "{\"treaty\":\"api-draft\",\"posture\":\"us-russia-2024\","
                + "\"date\":\"2024-01-01\"}").json();
        assertThat(count.get("parties").get(0).get("limits").get(0).get("limit").asInt()).isEqualTo(500);
        assertThat(api.get("/api/treaties").json().toString()).contains("api-draft");
        isError(api.post("/api/treaties", text.replace("id = api-draft", "id = new-start"), "text/plain"), 409,
                "shipped treaty");
        JsonNode bad = api.post("/api/treaties/validate", "id = x\n", "text/plain").json();
        assertThat(bad.get("valid").asBoolean()).isFalse();
        assertThat(bad.get("error").asText()).isEqualTo("draft, field 'parties': missing (e.g. 'parties = US, RU')");
        isError(api.post("/api/treaties", "id = x\n", "text/plain"), 400, "field 'parties'");
        JsonNode inline = api.postJson("/api/count", "{\"treaty_text\":" + org.treatylab.report.Json.write(text)
                + ",\"posture\":\"us-russia-2009\"}").json();
        assertThat(inline.get("treaty").asText()).isEqualTo("api-draft");
        // A saved draft survives a restart of the server on the same database.
        restart();
        assertThat(api.get("/api/treaties/api-draft").json().get("limits").get(0).get("ceiling").asInt()).isEqualTo(500);
        isError(api.delete("/api/treaties/new-start"), 409, "cannot be deleted");
        assertThat(api.delete("/api/treaties/api-draft").status()).isEqualTo(204);
        isError(api.delete("/api/treaties/api-draft"), 404, "no draft");
        isError(api.get("/api/treaties/api-draft"), 404, "no treaty 'api-draft'");
    }

    @Test
    void compliance_shippedAndUploaded() {
        JsonNode j = api.get("/api/compliance?treaty=new-start").json();
        List<String> verdicts = new ArrayList<>();
        j.get("results").forEach(r -> r.get("limits").forEach(l -> verdicts.add(l.get("verdict").asText())));
        assertThat(verdicts).contains("NOT_YET_BINDING", "WITHIN").doesNotContain("EXCEEDS");
        isError(api.get("/api/compliance"), 400, "query 'treaty' is required");
        isError(api.get("/api/compliance?treaty=new-start&aggregates=x"), 404, "no shipped series");
        JsonNode up = api.postJson("/api/compliance", "{\"treaty\":\"new-start\",\"aggregates_csv\":"
                + "\"as_of,us_wh\\n2019-03-01,1600\\n\"}").json();
        assertThat(up.get("results").get(0).get("limits").get(1).get("verdict").asText()).isEqualTo("EXCEEDS");
        isError(api.postJson("/api/compliance", "{\"treaty\":\"new-start\"}"), 400, "exactly one of");
    }

    @Test
    void unknownRoute_andOversizedBody_areJsonErrors() {
        isError(api.get("/api/nothing-here"), 404, "");
        String big = "x".repeat(2 << 20);
        ApiClient.Reply r = api.post("/api/treaties/validate", big, "text/plain");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("payload too large");
    }

    @Test
    void webPage_andEchartsAreServed() {
        ApiClient.Reply page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js").contains("app.js");
        assertThat(api.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
        assertThat(api.get("/app.js").status()).isEqualTo(200);
    }
}
