package org.treatylab.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.treatylab.app.common.FormText;
import org.treatylab.app.common.TestClock;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.StoredSession;

/**
 * A tournament job stopped midway (what a killed server leaves in the store: the request, status running, the records
 * of the sessions written so far) runs on at the next start to the results of the same job run without stopping.
 */
class TournamentResumeTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T06:00:00Z"));

    private static TournamentRequest request() {
        return new TournamentRequest(List.of(new NegotiationScenarioRef.Shipped("lease-genius", "scenarios[0]")),
                List.of("linear", "conceder", "boulware"), 3, 30, 42, 1, 0);
    }

    @Test
    void resume_fromAnyNumberOfFinishedSessions_givesTheUninterruptedResults() {
        InMemorySessionStore whole = new InMemorySessionStore();
        Queue<Runnable> pending = new ArrayDeque<>();
        Tournaments uninterrupted = new Tournaments(new NegotiationDoor(), 1, 5, pending::add, whole, clock);
        String id = uninterrupted.start(request()).id();
        pending.remove().run();
        TournamentView expected = uninterrupted.results(id);
        StoredSession done = whole.load(id).orElseThrow();
        assertThat(done.log()).hasSize(18);
        assertThat(expected.sessions()).hasSize(18);

        for (int kept : List.of(0, 1, 9, 17)) {
            InMemorySessionStore killed = new InMemorySessionStore();
            Map<String, String> running = new LinkedHashMap<>(FormText.decode(done.state()));
            running.put("status", "running");
            killed.create(new StoredSession(id, done.kind(), done.spec(), FormText.encode(running), done.createdAt(),
                    done.touchedAt(), done.log().subList(0, kept)));
            Queue<Runnable> after = new ArrayDeque<>();
            Tournaments restarted = new Tournaments(new NegotiationDoor(), 1, 5, after::add, killed, clock);
            restarted.resume();
            assertThat(restarted.job(id).status()).as("kept %d", kept).isEqualTo("running");
            assertThat(restarted.job(id).done()).isEqualTo(kept);
            after.remove().run();
            assertThat(restarted.job(id).status()).isEqualTo("done");
            assertThat(restarted.results(id)).as("kept %d", kept).isEqualTo(expected);
            assertThat(killed.load(id).orElseThrow().log()).isEqualTo(done.log());
        }
    }

    @Test
    void restart_ofADoneJob_readsItsResultsFromTheStore() {
        InMemorySessionStore store = new InMemorySessionStore();
        Queue<Runnable> pending = new ArrayDeque<>();
        Tournaments first = new Tournaments(new NegotiationDoor(), 1, 5, pending::add, store, clock);
        String id = first.start(request()).id();
        pending.remove().run();
        Tournaments second = new Tournaments(new NegotiationDoor(), 1, 5, pending::add, store, clock);
        second.resume();
        assertThat(pending).isEmpty();
        assertThat(second.results(id)).isEqualTo(first.results(id));
        assertThat(second.start(request()).id()).isEqualTo("tournament-2");
    }
}
