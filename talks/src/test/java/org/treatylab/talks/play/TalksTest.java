package org.treatylab.talks.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;

class TalksTest {
    private static Talks talks;

    @BeforeAll
    static void prepare() {
        talks = Talks.prepare(Scenarios.resolve("start-2009"));
    }

    @Test
    void run_isDeterministicForASeed() {
        TalksResult a = talks.run(talks.agentNames(Map.of()), 7);
        TalksResult b = talks.run(talks.agentNames(Map.of()), 7);
        assertThat(a.agreement()).isEqualTo(b.agreement());
        assertThat(a.trace()).isEqualTo(b.trace());
        assertThat(a.utilities()).isEqualTo(b.utilities());
    }

    @Test
    void result_isDatedOnTheSoftCalendar_andConsistentWithTheAnalysis() {
        TalksResult r = talks.run(talks.agentNames(Map.of(Party.RU, "conceder")), 1);
        Scenario s = talks.scenario();
        assertThat(r.trace()).isNotEmpty();
        assertThat(r.trace()).allSatisfy(t -> assertThat(t.date()).isBeforeOrEqualTo(s.end()));
        for (TraceRow t : r.trace()) {
            assertThat(t.date()).isEqualTo(s.dateOf(t.round() - 1));
            assertThat(t.utilities() == null || t.utilities().size() == 2).isTrue();
        }
        assertThat(r.paretoDistance()).isGreaterThanOrEqualTo(0);
        if (r.agreement().isPresent()) {
            for (Party p : List.of(Party.US, Party.RU)) {
                assertThat(r.utilities().get(p)).isGreaterThanOrEqualTo(r.reservations().get(p) - 1e-9);
            }
            assertThat(r.ratification()).isBetween(0.0, 1.0);
            assertThat(r.cuts()).hasSize(2);
        }
        assertThat(r.kalaiSmorodinsky()).isPresent();
        double nashProduct = (r.nashUtilities().get(Party.US) - r.reservations().get(Party.US))
                * (r.nashUtilities().get(Party.RU) - r.reservations().get(Party.RU));
        if (r.agreement().isPresent()) {
            double product = (r.utilities().get(Party.US) - r.reservations().get(Party.US))
                    * (r.utilities().get(Party.RU) - r.reservations().get(Party.RU));
            assertThat(product).isLessThanOrEqualTo(nashProduct + 1e-12);
        }
    }

    @Test
    void softDeadline_agreementAfterTheLapseIsValid_andCostsTheGapsShareOfTheHorizon() {
        Scenario s = talks.scenario();
        // Boulware against Boulware holds out past START I's lapse (both concede late on a calendar to mid-2010).
        TalksResult r = talks.run(Map.of(Party.US, "boulware", Party.RU, "boulware"), 1);
        assertThat(r.agreement()).isPresent();
        assertThat(r.agreedOn()).isAfter(s.deadline()).isBeforeOrEqualTo(s.end());
        long days = java.time.temporal.ChronoUnit.DAYS.between(s.deadline(), r.agreedOn());
        assertThat(r.delayShare()).isCloseTo(days / 3652.5, org.assertj.core.data.Offset.offset(1e-12));
        Party us = Party.US;
        double undelayed = talks.derivation().profile(us).utility(talks.derivation().outcome(r.agreement().get()));
        double res = r.reservations().get(us);
        assertThat(r.utilities().get(us)).isCloseTo(res + (1 - r.delayShare()) * (undelayed - res),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void ensemble_playsEveryOrderedPairTimesEverySeed_andSummarisesTheDistribution() {
        Ensemble.Robustness e = Ensemble.run(talks, Ensemble.DEFAULT);
        assertThat(e.runs()).isEqualTo(5 * 5 * 5);
        assertThat(e.all()).hasSize(125);
        assertThat(e.all().stream().map(Ensemble.Run::agents).distinct().count()).isEqualTo(25);
        assertThat(e.agreementShareByDeadline()).isLessThanOrEqualTo(e.agreementShare());
        long agreed = e.all().stream().filter(r -> r.agreement().isPresent()).count();
        assertThat(e.agreementShare()).isEqualTo(agreed / 125.0);
        long early = e.all().stream().filter(r -> r.agreement().isPresent()
                && r.agreedOn().isBefore(talks.scenario().deadline())).count();
        assertThat(e.agreementShareByDeadline()).isEqualTo(early / 125.0);
        if (e.modal().isPresent()) {
            long modal = e.all().stream().filter(r -> r.agreement().equals(e.modal())).count();
            assertThat(e.modalShare()).isEqualTo(modal / 125.0);
            for (Ensemble.Run r : e.all()) {
                long n = e.all().stream().filter(x -> x.agreement().equals(r.agreement()) && r.agreement().isPresent())
                        .count();
                assertThat(n).isLessThanOrEqualTo(modal);
            }
            assertThat(e.agreedOn().get(0)).isBeforeOrEqualTo(e.agreedOn().get(1));
            assertThat(e.agreedOn().get(1)).isBeforeOrEqualTo(e.agreedOn().get(2));
        }
        // one derivation, the same answer twice (the runs are spread over threads)
        assertThat(Ensemble.run(talks, Ensemble.DEFAULT).all()).isEqualTo(e.all());
        // the seeds vary the sessions of the stochastic agent (MiCRO repeats its offers at random)
        assertThat(e.all().stream().filter(r -> r.agents().containsValue("micro")).map(r -> r.agreement() + "@"
                + r.agreedOn()).distinct().count()).isGreaterThan(e.all().stream().filter(r -> r.agents()
                .containsValue("micro")).map(Ensemble.Run::agents).distinct().count());
        // each run equals the same pair and seed played alone
        Ensemble.Run first = e.all().get(0);
        assertThat(talks.run(first.agents(), first.seed()).agreement()).isEqualTo(first.agreement());
    }

    @Test
    void ensemble_quantiles_areNearestRank_workedByHand() {
        List<java.time.LocalDate> d = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> java.time.LocalDate.of(2010, 1, i)).toList();
        assertThat(Ensemble.quantile(d, 0.1)).isEqualTo(java.time.LocalDate.of(2010, 1, 1));
        assertThat(Ensemble.quantile(d, 0.5)).isEqualTo(java.time.LocalDate.of(2010, 1, 5));
        assertThat(Ensemble.quantile(d, 0.9)).isEqualTo(java.time.LocalDate.of(2010, 1, 9));
    }

    @Test
    void opponentAwareOffers_areOnByDefault_andChangeWhatIsOffered() {
        assertThat(talks.opponentAwareOffers()).isTrue();
        Talks plain = talks.withOpponentAwareOffers(false);
        Map<Party, String> pair = Map.of(Party.US, "linear", Party.RU, "boulware");
        TalksResult aware = talks.run(pair, 3);
        TalksResult blind = plain.run(pair, 3);
        assertThat(aware.trace()).isNotEqualTo(blind.trace());
    }

    @Test
    void landing_namesTheDelegationThatBlocksEachMove() {
        String why = Landing.why(talks.derivation(), talks.analysis().nash().map(n -> talks.derivation().terms(
                n.outcome())).orElseThrow());
        assertThat(why).startsWith("It lands at ").contains(" warheads because ").contains("would cost");
    }

    @Test
    void sweep_ofAPriority_movesThePreferences() {
        List<Sweep.Row> rows = Sweep.run(talks, Sweep.Priority.parse("RU.missile_defense"), List.of(0.0, 0.6),
                Map.of(), 1);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).result().reservations().get(Party.RU))
                .isNotEqualTo(rows.get(1).result().reservations().get(Party.RU));
        assertThat(Sweep.Priority.parse("RU.weight.missile_defense").criterion()).isEqualTo(new Criterion("missile_defense"));
        assertThatThrownBy(() -> Sweep.Priority.parse("missile_defense")).isInstanceOf(InputException.class)
                .hasMessage("priority 'missile_defense': expected PARTY.CRITERION, e.g. RU.missile_defense");
        assertThatThrownBy(() -> Sweep.run(talks, Sweep.Priority.parse("RU.weather"), List.of(1.0), Map.of(), 1))
                .hasMessageStartingWith("priority RU.weather: unknown criterion 'weather'");
    }

    @Test
    void comparison_placesTermsAgainstTheJointUnderstandingAndNewStart() {
        var t = org.treatylab.talks.terms.Terms.of(Map.of("warheads", "1550", "deployed_launchers", "700",
                "total_launchers", "800", "missile_defense", "preamble"));
        Comparison c = Comparison.of(t);
        assertThat(c.jointUnderstanding().warheads()).isEqualTo(new Comparison.Position(1550L, "1500-1675", "within"));
        assertThat(c.jointUnderstanding().deployedLaunchers())
                .isEqualTo(new Comparison.Position(700L, "500-1100", "within"));
        assertThat(c.newStart().warheads()).isEqualTo(new Comparison.Difference(1550L, 1550, 0L));
        assertThat(c.newStart().totalLaunchers()).isEqualTo(new Comparison.Difference(800L, 800, 0L));
        assertThat(c.newStart().missileDefense().same()).isTrue();
        assertThat(Comparison.against(null, 500, 1100)).isEqualTo("no limit");
        assertThat(Comparison.against(2000L, 1500, 1675)).isEqualTo("above");
    }

    /** Another scenario with documented keys only: another year, posture, calendar, hard deadline, a new issue. */
    @Test
    void anotherScenario_runsWithNoCodeChange(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("other.scenario");
        try (var in = TalksTest.class.getResourceAsStream("/org/treatylab/talks/other-talks.scenario")) {
            Files.write(f, in.readAllBytes());
        }
        Scenario s = Scenarios.resolve(f.toString());
        assertThat(s.parties()).containsExactly(Party.RU, Party.US);
        assertThat(s.softDeadline()).isFalse();
        // 2024-03-01 + 14k < 2024-09-01 (184 days): k = 0..13
        assertThat(s.rounds()).isEqualTo(14);
        Talks other = Talks.prepare(s);
        assertThat(other.derivation().domain().outcomeCount()).isEqualTo(2 * 2 * 2 * 2);
        TalksResult r = other.run(other.agentNames(Map.of()), 1);
        assertThat(r.trace()).allSatisfy(t -> assertThat(t.date()).isBefore(s.deadline()));
        assertThat(r.ratification()).isEqualTo(1.0);
        Ensemble.Robustness e = Ensemble.run(other, new Ensemble.Spec(List.of("boulware", "conceder"), List.of(1L, 2L)));
        assertThat(e.runs()).isEqualTo(8);
        Criterion tactical = new Criterion("tactical_weapons");
        assertThat(other.derivation().model().noTreaty(Party.US).score(tactical)).isZero();
        assertThat(other.derivation().model().noTreaty(Party.RU).score(tactical)).isEqualTo(1.0);
    }
}
