package org.treatylab.negotiation.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.protocol.Deadline;

/** Tournaments on scenarios of three parties (and mixed with bilateral ones). */
class MultilateralTournamentTest {
    private static final List<String> AGENTS = List.of("boulware", "conceder", "linear", "micro");

    private static Scenario threeParties(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Domain d = RandomScenarios.uniform("three", 3, 4);
        return new Scenario("three", d, List.of(RandomScenarios.additive("a", d, r, 0.2),
                RandomScenarios.additive("b", d, r, 0.2), RandomScenarios.additive("c", d, r, 0.2)));
    }

    @Test
    void threeParties_everyCombinationInEveryRoleOrder_eachAgentInEachRoleEquallyOften() {
        TournamentSpec spec = new TournamentSpec(List.of(threeParties(5)), AGENTS, 1, Deadline.rounds(30), 7, 2);
        assertThat(spec.sessionCount()).isEqualTo(4 * 3 * 2);
        AtomicInteger calls = new AtomicInteger();
        TournamentResult r = Tournament.run(spec, (done, total) -> calls.incrementAndGet());
        assertThat(calls.get()).isEqualTo(24);
        Set<List<String>> lineups = new HashSet<>();
        r.sessions().forEach(s -> lineups.add(s.agents()));
        assertThat(lineups).hasSize(24).allSatisfy(l -> assertThat(new HashSet<>(l)).hasSize(3));
        for (String a : AGENTS) {
            for (int role = 0; role < 3; role++) {
                int k = role;
                assertThat(r.sessions().stream().filter(s -> s.agents().get(k).equals(a)).count())
                        .as(a + " in role " + role).isEqualTo(6);
            }
        }
        assertThat(r.sessions().get(0).agents()).containsExactly("boulware", "conceder", "linear");
        assertThat(r.sessions().get(1).agents()).containsExactly("boulware", "linear", "conceder");
        assertThat(r.summary()).extracting(AgentSummary::sessions).containsOnly(18);
    }

    @Test
    void threeParties_scoresWelfareAndDistances_areThoseOfTheSessionsAnalysis() {
        Scenario s = threeParties(9);
        Analysis a = Analyzer.analyze(s.profiles());
        TournamentResult r = Tournament.run(new TournamentSpec(List.of(s), AGENTS.subList(0, 3), 1,
                Deadline.rounds(40), 3, 1), ProgressListener.NONE);
        for (SessionRecord rec : r.sessions()) {
            List<Double> u = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                u.add(rec.isAgreement() ? rec.scores().get(i) : s.profiles().get(i).reservation());
            }
            // no discounting here, so scores are the utilities
            assertThat(rec.welfare()).isCloseTo(u.get(0) + u.get(1) + u.get(2), within(1e-12));
            assertThat(rec.paretoDistance()).isCloseTo(a.paretoDistance(u), within(1e-12));
            assertThat(rec.scores()).hasSize(3);
        }
        for (AgentSummary sum : r.summary()) {
            double total = 0;
            int n = 0;
            int agreements = 0;
            for (SessionRecord rec : r.sessions()) {
                int role = rec.agents().indexOf(sum.agent());
                if (role >= 0) {
                    total += rec.scores().get(role);
                    agreements += rec.isAgreement() ? 1 : 0;
                    n++;
                }
            }
            assertThat(sum.sessions()).isEqualTo(n);
            assertThat(sum.meanScore()).isCloseTo(total / n, within(1e-12));
            assertThat(sum.agreementRate()).isCloseTo((double) agreements / n, within(1e-12));
        }
    }

    @Test
    void sample_drawsThatManyDistinctLineups_deterministically_whateverTheThreads() {
        List<Scenario> scenarios = List.of(threeParties(5), new Scenario("pair", RandomScenarios.uniform("p", 2, 3),
                RandomScenarios.bilateral(RandomScenarios.uniform("p", 2, 3), 4)));
        TournamentSpec one = new TournamentSpec(scenarios, AGENTS, 2, Deadline.rounds(20), 11, 1, 5);
        TournamentSpec two = new TournamentSpec(scenarios, AGENTS, 2, Deadline.rounds(20), 11, 2, 5);
        assertThat(one.sessionCount()).isEqualTo((5 + 5) * 2);
        TournamentResult r1 = Tournament.run(one, ProgressListener.NONE);
        assertThat(Tournament.run(two, ProgressListener.NONE)).isEqualTo(r1);
        Set<List<String>> three = new HashSet<>();
        r1.sessions().stream().filter(s -> s.scenario().equals("three")).forEach(s -> three.add(s.agents()));
        assertThat(three).hasSize(5);
        TournamentSpec other = new TournamentSpec(scenarios, AGENTS, 2, Deadline.rounds(20), 12, 1, 5);
        Set<List<String>> otherThree = new HashSet<>();
        Tournament.run(other, ProgressListener.NONE).sessions().stream().filter(s -> s.scenario().equals("three"))
                .forEach(s -> otherThree.add(s.agents()));
        assertThat(otherThree).as("another seed, another sample (of 5 among 24)").isNotEqualTo(three);
    }

    @Test
    void lineups_areAllOrderedSelections_withoutRepeats() {
        for (int agents = 1; agents <= 6; agents++) {
            for (int parties = 2; parties <= 4; parties++) {
                List<int[]> all = Lineups.all(agents, parties);
                assertThat((long) all.size()).isEqualTo(Lineups.count(agents, parties));
                Set<List<Integer>> distinct = new HashSet<>();
                for (int[] l : all) {
                    List<Integer> boxed = new ArrayList<>();
                    for (int x : l) {
                        boxed.add(x);
                    }
                    assertThat(new HashSet<>(boxed)).hasSize(parties);
                    distinct.add(boxed);
                }
                assertThat(distinct).hasSize(all.size());
            }
        }
        assertThat(Lineups.count(5, 3)).isEqualTo(60);
        assertThat(Lineups.sample(5, 3, 7, 1)).hasSize(7);
    }
}
