package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.treatylab.report.Golden;
import org.treatylab.report.Json;

/**
 * A real server on a random port over a fresh store, once per test class; the subclasses say which store
 * ({@link #backend()}) so that the same suite runs on SQLite and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {
    ServerOptions options;
    TreatyLabServer server;
    ApiClient api;

    abstract Backends backend();

    /** Prepares the store before the server first opens it (e.g. a ledger with its parties); nothing by default. */
    void prepare(ServerOptions o) {
    }

    /** Changes the options before the server first starts (a host key, a rate limit); none by default. */
    ServerOptions configure(ServerOptions o) {
        return o;
    }

    @BeforeAll
    void start() {
        options = configure(backend().options());
        prepare(options);
        server = TreatyLabServer.start(options);
        api = new ApiClient(server);
    }

    /** Stops the server and starts a new one on the same store. */
    void restart() {
        server.close();
        server = TreatyLabServer.start(options);
        api = new ApiClient(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A 2xx JSON answer that is exactly the contract's golden file of {@code shape} (the CLI prints the same). */
    static void isGolden(ApiClient.Reply r, String shape) {
        assertThat(r.status() / 100).as(r.body()).isEqualTo(2);
        try {
            assertThat(Json.MAPPER.readTree(Golden.stable(r.body()))).as("shape " + shape)
                    .isEqualTo(Json.MAPPER.readTree(Golden.read(shape)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A JSON error with this status whose detail contains {@code detailPart}, and no stack trace. */
    static void isError(ApiClient.Reply r, int status, String detailPart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode j = r.json();
        assertThat(j.get("error").asText()).isNotBlank();
        assertThat(j.get("detail").asText()).contains(detailPart);
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
    }
}
