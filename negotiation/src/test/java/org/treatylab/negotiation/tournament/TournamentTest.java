package org.treatylab.negotiation.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.protocol.Deadline;

class TournamentTest {
    private static final List<Scenario> SCENARIOS = List.of(Scenarios.shipped("lease-genius"),
            new Scenario("random", RandomScenarios.uniform("random", 3, 4),
                    RandomScenarios.bilateral(RandomScenarios.uniform("random", 3, 4), 8)));

    @Test
    void tournament_everyPairBothRolesEveryRepetition_sameResultOnOneOrFourThreads() {
        TournamentSpec one = new TournamentSpec(SCENARIOS, List.of("boulware", "conceder", "micro"), 2,
                Deadline.rounds(50), 42, 1);
        TournamentSpec four = new TournamentSpec(SCENARIOS, one.agents(), 2, one.deadline(), 42, 4);
        AtomicInteger calls = new AtomicInteger();
        TournamentResult r1 = Tournament.run(one, (done, total) -> calls.incrementAndGet());
        TournamentResult r4 = Tournament.run(four, ProgressListener.NONE);
        assertThat(one.sessionCount()).isEqualTo(2 * 3 * 2 * 2);
        assertThat(r1.sessions()).hasSize(24);
        assertThat(calls.get()).isEqualTo(24);
        assertThat(r4).isEqualTo(r1);
        assertThat(r1.sessions()).filteredOn(s -> s.scenario().equals("lease-genius") && s.repetition() == 1)
                .extracting(s -> s.agents().get(0) + ">" + s.agents().get(1))
                .containsExactly("boulware>conceder", "conceder>boulware", "boulware>micro", "micro>boulware",
                        "conceder>micro", "micro>conceder");
    }

    @Test
    void summary_isTheMeanOverTheAgentsSessionsInEitherRole() {
        TournamentSpec spec = new TournamentSpec(SCENARIOS.subList(0, 1), List.of("linear", "hardliner"), 1,
                Deadline.rounds(20), 1, 2);
        TournamentResult r = Tournament.run(spec, ProgressListener.NONE);
        double linearScore = 0;
        int agreements = 0;
        for (SessionRecord s : r.sessions()) {
            linearScore += s.scores().get(s.agents().indexOf("linear"));
            agreements += s.isAgreement() ? 1 : 0;
        }
        AgentSummary linear = r.summary().stream().filter(a -> a.agent().equals("linear")).findFirst().orElseThrow();
        assertThat(linear.sessions()).isEqualTo(2);
        assertThat(linear.meanScore()).isCloseTo(linearScore / 2, within(1e-12));
        assertThat(linear.agreementRate()).isEqualTo(agreements / 2.0);
        assertThat(r.sessions()).allSatisfy(s -> assertThat(s.paretoDistance()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void spec_rejectsUnknownAgentsAndScenariosWithMorePartiesThanAgents() {
        assertThatThrownBy(() -> new TournamentSpec(SCENARIOS, List.of("boulware", "genius"), 1, Deadline.rounds(5), 1,
                1)).hasMessageStartingWith("unknown agent 'genius'");
        Scenario three = new Scenario("three", SCENARIOS.get(1).domain(), List.of(SCENARIOS.get(1).profiles().get(0),
                SCENARIOS.get(1).profiles().get(1), SCENARIOS.get(1).profiles().get(0)));
        assertThatThrownBy(() -> new TournamentSpec(List.of(three), List.of("boulware", "linear"), 1,
                Deadline.rounds(5), 1, 1)).hasMessage("scenario 'three' has 3 parties; a tournament on it needs at "
                + "least 3 agents, got 2");
        assertThatThrownBy(() -> new TournamentSpec(SCENARIOS, List.of("boulware", "boulware"), 1, Deadline.rounds(5),
                1, 1)).hasMessageStartingWith("agents: each agent may be listed once");
    }
}
