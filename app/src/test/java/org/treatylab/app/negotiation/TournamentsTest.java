package org.treatylab.app.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/** Admission and cancellation of tournament jobs with an executor the test runs by hand: no thread timing. */
class TournamentsTest {
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final Tournaments jobs = new Tournaments(new NegotiationDoor(), 1, 5, pending::add);

    private static TournamentRequest request() {
        return new TournamentRequest(List.of(new NegotiationScenarioRef.Shipped("lease-genius", "scenarios[0]")),
                List.of("linear", "conceder"), 1, 5, 1, 1, 0);
    }

    private static void kind(Runnable r, ErrorKind kind) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(TreatyLabException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void start_whenEverySlotIsBusy_isBusyAndKeepsNothing() {
        JobView first = jobs.start(request());
        assertThat(first.id()).isEqualTo("tournament-1");
        assertThat(first.status()).isEqualTo("queued");
        kind(() -> jobs.start(request()), ErrorKind.BUSY);
        kind(() -> jobs.job("tournament-2"), ErrorKind.NOT_FOUND);
        pending.remove().run();
        JobView done = jobs.job("tournament-1");
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.summary()).hasSize(2);
        assertThat(jobs.results("tournament-1").sessions()).hasSize(2);
        assertThat(jobs.start(request()).id()).isEqualTo("tournament-2");
    }

    @Test
    void cancel_beforeItRuns_neverRunsAndFreesTheSlot() {
        String id = jobs.start(request()).id();
        jobs.cancel(id);
        pending.remove().run();
        assertThat(jobs.job(id).status()).isEqualTo("cancelled");
        assertThat(jobs.job(id).done()).isZero();
        kind(() -> jobs.cancel(id), ErrorKind.CONFLICT);
        kind(() -> jobs.results(id), ErrorKind.CONFLICT);
        jobs.start(request());
        assertThat(pending).hasSize(1);
    }
}
