package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.store.LedgerSetup;

/** A per-token rate limit, when configured: a token that sends more than it allows gets 429; others are unaffected. */
class RateLimitTest extends ServerContract {
    private Map<Party, String> tokens;

    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    @Override
    ServerOptions configure(ServerOptions o) {
        return o.withRateLimit(3);
    }

    @Override
    void prepare(ServerOptions o) {
        tokens = LedgerSetup.init(o.db(), o.keys(), List.of(Party.US, Party.RU));
    }

    private ApiClient.Reply call(Party p) {
        return api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ledger"))
                .header("Authorization", "Bearer " + tokens.get(p)).GET());
    }

    @Test
    void burstAboveTheLimit_is429_forThatTokenOnly() {
        List<ApiClient.Reply> us = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            us.add(call(Party.US));
        }
        // a bucket of 3 refilled at 3/s: 12 quick requests cannot all pass
        assertThat(us.get(0).status()).isEqualTo(200);
        ApiClient.Reply limited = us.stream().filter(r -> r.status() == 429).findFirst().orElseThrow(
                () -> new AssertionError("no 429 in " + us.stream().map(ApiClient.Reply::status).toList()));
        isError(limited, 429, "--rate-limit");
        assertThat(call(Party.RU).status()).isEqualTo(200);
    }
}
