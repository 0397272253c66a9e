package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatylab.server.ServerContract.isError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small sweeps the server runs for the web page (the store plays no part: SQLite only). */
class SweepApiTest extends ServerContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    @Test
    void examples_listsTheShippedJobsWithTheirText() {
        JsonNode j = api.get("/api/sweeps/examples").json();
        List<String> names = new ArrayList<>();
        j.forEach(e -> names.add(e.get("name").asText()));
        assertThat(names).containsExactly("stability-bands-2011", "talks-robustness-2009",
                "stability-sensitivity-2011", "ishigami-check");
        assertThat(j.get(0).get("text").asText()).contains("\"kind\": \"stability-uncertainty\"");
    }

    @Test
    void run_smallStabilitySweep_bandsPerCeiling() {
        ApiClient.Reply r = api.postJson("/api/sweeps/run", "{\"example\": \"stability-bands-2011\", \"draws\": 8,"
                + " \"seed\": 3}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("evaluations").asLong()).isEqualTo(40);
        assertThat(s.get("seed").asLong()).isEqualTo(3);
        JsonNode groups = s.get("tables").get(0).get("groups");
        assertThat(groups).hasSize(5);
        JsonNode band = groups.get(0).get("outputs").get("survivors_b");
        assertThat(band.get("count").asLong()).isEqualTo(8);
        assertThat(band.get("percentiles").get("p5").asDouble()).isLessThanOrEqualTo(
                band.get("percentiles").get("p95").asDouble());
    }

    @Test
    void run_tooLargeOrFilesOrBadJob_400NamingTheProblem() {
        isError(api.postJson("/api/sweeps/run", "{\"example\": \"stability-bands-2011\", \"draws\": 1000}"), 400,
                "the sweep has 5000 evaluations; the server runs at most 2000 for a stability job");
        isError(api.postJson("/api/sweeps/run", "{\"example\": \"nope\"}"), 404, "no example job 'nope'");
        isError(api.postJson("/api/sweeps/run", "{}"), 400, "give either 'example'");
        isError(api.postJson("/api/sweeps/run", "{\"job\": {\"name\": \"x\", \"kind\": \"sensitivity\","
                + " \"samples\": 2, \"model\": {\"type\": \"function\", \"name\": \"ishigami\"}, \"vary\": [{"
                + "\"parameter\": \"x1\", \"distribution\": {\"type\": \"uniform\", \"low\": \"a\"}}]}}"), 400,
                "job: vary[0].distribution.low: expected a number");
        isError(api.postJson("/api/sweeps/run", "{\"job\": {\"name\": \"x\", \"kind\": \"stability-uncertainty\","
                + " \"draws\": 1, \"model\": {\"type\": \"stability\", \"posture_a\": \"../../etc/passwd\"}}}"), 400,
                "job: model.posture_a: only shipped postures here");
    }
}
