package org.treatylab.talks.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.talks.scenario.Criterion;
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
    void result_isDatedAndConsistentWithTheAnalysis() {
        TalksResult r = talks.run(talks.agentNames(Map.of(Party.RU, "conceder")), 1);
        assertThat(r.trace()).isNotEmpty();
        assertThat(r.trace()).allSatisfy(t -> assertThat(t.date()).isBefore(talks.scenario().deadline()));
        for (TraceRow t : r.trace()) {
            assertThat(t.date()).isEqualTo(talks.scenario().dateOf(t.round() - 1));
        }
        assertThat(r.paretoDistance()).isGreaterThanOrEqualTo(0);
        if (r.agreement().isPresent()) {
            // An agreement is individually rational for both (the engine's agents never accept below reservation).
            for (Party p : List.of(Party.US, Party.RU)) {
                assertThat(r.utilities().get(p)).isGreaterThanOrEqualTo(r.reservations().get(p) - 1e-9);
            }
            assertThat(r.agreedOn()).isBefore(talks.scenario().deadline());
            assertThat(r.cuts()).hasSize(2);
        } else {
            assertThat(r.utilities()).isEqualTo(r.reservations());
        }
        double nashProduct = (r.nashUtilities().get(Party.US) - r.reservations().get(Party.US))
                * (r.nashUtilities().get(Party.RU) - r.reservations().get(Party.RU));
        if (r.agreement().isPresent()) {
            double product = (r.utilities().get(Party.US) - r.reservations().get(Party.US))
                    * (r.utilities().get(Party.RU) - r.reservations().get(Party.RU));
            assertThat(product).isLessThanOrEqualTo(nashProduct + 1e-12);
        }
    }

    @Test
    void sweep_ofAPriority_movesTheOutcome() {
        // Seeded regression (seed 1, Boulware against Boulware, the sourced 2009 postures of issue 10): with no U.S.
        // weight on verification the talks agree before the deadline; at 0.3 they reach the deadline without a
        // treaty (as with the scenario's own 0.15, and as the real talks did).
        List<Sweep.Row> rows = Sweep.run(talks, Sweep.Priority.parse("US.verification"), List.of(0.0, 0.3),
                Map.of(), 1);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).result().agreement()).isPresent();
        assertThat(rows.get(1).result().agreement()).isEmpty();
        assertThat(rows.get(0).result().reservations().get(Party.US))
                .isNotEqualTo(rows.get(1).result().reservations().get(Party.US));
        assertThat(Sweep.Priority.parse("RU.weight.missile_defense").criterion()).isEqualTo(Criterion.MISSILE_DEFENSE);
        assertThatThrownBy(() -> Sweep.Priority.parse("missile_defense")).isInstanceOf(InputException.class)
                .hasMessage("priority 'missile_defense': expected PARTY.CRITERION, e.g. RU.missile_defense");
        assertThatThrownBy(() -> Sweep.Priority.parse("RU.weather")).hasMessageStartingWith(
                "priority 'RU.weather': unknown criterion 'weather'");
    }

    @Test
    void comparison_placesTermsAgainstTheJointUnderstandingAndNewStart() {
        var t = org.treatylab.talks.terms.Terms.of(Map.of("warheads", "1550", "deployed_launchers", "700",
                "total_launchers", "800", "missile_defense", "preamble"));
        Map<String, Object> c = Comparison.of(t);
        assertThat(c.toString()).contains("warheads={agreed=1550, range=1500-1675, position=within}")
                .contains("deployed_launchers={agreed=700, range=500-1100, position=within}")
                .contains("warheads={agreed=1550, signed=1550, difference=0}").contains("same=true");
        assertThat(Comparison.against(null, 500, 1100)).isEqualTo("no limit");
        assertThat(Comparison.against(2000L, 1500, 1675)).isEqualTo("above");
    }
}
