package org.treatylab.negotiation.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.protocol.Deadline;

/** A tournament continued from any subset of its finished sessions gives the result of one run without stopping. */
class TournamentResumeTest {
    private static final TournamentSpec SPEC = new TournamentSpec(List.of(Scenarios.shipped("lease-genius")),
            List.of("boulware", "conceder", "micro"), 2, Deadline.rounds(40), 7, 2);

    @Test
    void run_fromSeededRandomSubsetsOfFinishedSessions_equalsTheUninterruptedRun() {
        TournamentResult whole = Tournament.run(SPEC, ProgressListener.NONE);
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 5; trial++) {
            Map<Integer, SessionRecord> finished = new TreeMap<>();
            for (SessionRecord r : whole.sessions()) {
                if (random.nextInt(2) == 0) {
                    finished.put(r.index(), r);
                }
            }
            ConcurrentLinkedQueue<SessionRecord> played = new ConcurrentLinkedQueue<>();
            List<Integer> progress = new ArrayList<>();
            TournamentResult resumed = Tournament.run(SPEC, finished, (d, t) -> {
                synchronized (progress) {
                    progress.add(d);
                }
            }, played::add);
            assertThat(resumed).isEqualTo(whole);
            assertThat(played).hasSize(whole.sessions().size() - finished.size())
                    .allSatisfy(r -> assertThat(finished).doesNotContainKey(r.index()));
            assertThat(progress).hasSize(played.size()).allSatisfy(d -> assertThat(d).isGreaterThan(finished.size()));
        }
    }

    @Test
    void run_withARecordThatIsNotTheSchedules_isRefusedNamingBoth() {
        TournamentResult whole = Tournament.run(SPEC, ProgressListener.NONE);
        SessionRecord r = whole.sessions().get(1);
        assertThatThrownBy(() -> Tournament.run(SPEC, Map.of(0, r), ProgressListener.NONE, x -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("finished session 0 (");
        assertThatThrownBy(() -> Tournament.run(SPEC, Map.of(99, r), ProgressListener.NONE, x -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finished session 99 is not in the schedule of 12 sessions");
    }
}
