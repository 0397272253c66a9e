package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.tournament.TournamentSpec;

/** Admission and cancellation with an executor the test runs by hand, so no thread timing is involved. */
class TournamentJobsTest {
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final TournamentJobs jobs = new TournamentJobs(1, 5, pending::add);

    private static TournamentJob job() {
        return new TournamentJob(new TournamentSpec(List.of(Scenarios.shipped("lease-genius")),
                List.of("linear", "conceder"), 1, Deadline.rounds(5), 1, 1), Map.of("seed", 1));
    }

    private static String status(TournamentJob j) {
        return (String) j.view(false).get("status");
    }

    @Test
    void start_whenEverySlotIsBusy_is429AndRegistersNothing() {
        TournamentJob first = job();
        String id = jobs.start(first);
        assertThat(id).isEqualTo("tournament-1");
        assertThat(status(first)).isEqualTo("queued");
        assertThatThrownBy(() -> jobs.start(job())).isInstanceOfSatisfying(ApiError.class,
                e -> assertThat(e.status()).isEqualTo(429));
        assertThatThrownBy(() -> jobs.get("tournament-2")).isInstanceOfSatisfying(ApiError.class,
                e -> assertThat(e.status()).isEqualTo(404));
        pending.remove().run();
        assertThat(status(first)).isEqualTo("done");
        assertThat(first.view(true).get("summary")).asList().hasSize(2);
        assertThat(first.csv()).startsWith("session,scenario,");
        TournamentJob second = job();
        assertThat(jobs.start(second)).isEqualTo("tournament-2");
    }

    @Test
    void cancel_beforeItRuns_neverRunsAndFreesTheSlot() {
        TournamentJob j = job();
        jobs.start(j);
        j.cancel();
        pending.remove().run();
        assertThat(status(j)).isEqualTo("cancelled");
        assertThat(j.view(false).get("done")).isEqualTo(0);
        assertThatThrownBy(j::cancel).isInstanceOfSatisfying(ApiError.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(j::csv).isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(409));
        jobs.start(job());
        assertThat(pending).hasSize(1);
    }
}
