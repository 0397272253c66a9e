package org.treatylab.bench.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.tournament.ProgressListener;
import org.treatylab.negotiation.tournament.SessionRecord;
import org.treatylab.negotiation.tournament.Tournament;
import org.treatylab.negotiation.tournament.TournamentSpec;

/**
 * The benchmarked session (Boulware opening against Conceder) is the session a tournament plays with the same agents,
 * profiles and deadline: same end, same round, same agreement, same scores. (A tournament seats distinct agents, so
 * the Boulware-against-Boulware variant has no tournament counterpart.)
 */
class SessionBenchmarkTest {
    @Test
    void benchmarkedSession_isWhatATournamentSessionDoes() {
        for (long seed : new long[] {Scenarios.SEED, 3, 4, 5}) {
            List<Profile> ps = Scenarios.tenValues(seed == Scenarios.SEED ? 5 : 3, seed);
            Scenario s = new Scenario("bench", ps.get(0).domain(), ps);
            List<SessionRecord> played = Tournament.run(new TournamentSpec(List.of(s), List.of("boulware", "conceder"),
                    1, Deadline.rounds(SessionBenchmark.ROUNDS), 77, 1), ProgressListener.NONE).sessions();
            SessionRecord inTournament = played.stream().filter(r -> r.agents().equals(List.of("boulware",
                    "conceder"))).findFirst().orElseThrow();
            SessionResult benchmarked = SessionBenchmark.session(ps.get(0), ps.get(1), "conceder");
            assertThat(benchmarked.reason()).as("seed %d", seed).isEqualTo(inTournament.reason());
            assertThat(benchmarked.rounds()).as("seed %d", seed).isEqualTo(inTournament.rounds());
            assertThat(benchmarked.discountedUtilities()).as("seed %d", seed).isEqualTo(inTournament.scores());
            assertThat(benchmarked.agreement().map(o -> o.asMap().toString()).orElse("")).as("seed %d", seed)
                    .isEqualTo(inTournament.agreement());
        }
    }
}
