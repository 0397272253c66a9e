package org.treatylab.talks.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.talks.restructure.Ceilings;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * The after-new-start-2026 delegations on a small outcome space (54 outcomes): each party's ceilings from the
 * per-party issues, ratification with the pre-registered factors worked by hand, and the analysis of the three-party
 * space against brute force.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreePartyCeilingsTest {
    private Scenario small;
    private Derivation d;

    @BeforeAll
    void derive() {
        Scenario s = Scenarios.resolve("after-new-start-2026");
        TalksIssue w = s.issue("warheads").orElseThrow();
        TalksIssue cn = s.issue("cn_warheads").orElseThrow();
        List<TalksIssue> issues = List.of(
                new TalksIssue("warheads", w.label(), "ceiling", "warheads", List.of("none", "1000", "1550"), w.note(),
                        null, w.parties()),
                new TalksIssue("cn_warheads", cn.label(), "ceiling", "warheads", List.of("common", "600", "none"),
                        cn.note(), null, cn.parties()),
                s.issue("missile_defense").orElseThrow(), s.issue("inspections_per_year").orElseThrow());
        small = new Scenario("small", "three parties, three issues (test)", s.parties(), s.postures(), s.firstRound(),
                s.deadline(), s.softDeadline(), s.end(), s.roundDays(), s.reductionYears(), s.counting(), issues,
                s.delegations(), s.parameters(), s.sources(), s.setup());
        d = Derivation.of(small);
    }

    private static Terms terms(String w, String cn, String md) {
        return Terms.of(Map.of("warheads", w, "cn_warheads", cn, "missile_defense", md, "inspections_per_year", "18"));
    }

    @Test
    void ceilings_commonFreezeOrNone_perParty() {
        CriteriaModel m = d.model();
        Terms common = terms("1000", "common", "preamble");
        assertThat(m.ceilings(Party.US, common)).isEqualTo(new Ceilings(1000L, null, null, true));
        assertThat(m.ceilings(Party.RU, common)).isEqualTo(new Ceilings(1000L, null, null, true));
        assertThat(m.ceilings(Party.CN, common)).isEqualTo(new Ceilings(1000L, null, null, true));
        assertThat(m.ceilings(Party.CN, terms("1000", "600", "preamble")).warheads()).isEqualTo(600L);
        assertThat(m.ceilings(Party.CN, terms("1550", "none", "preamble")).warheads()).isNull();
        assertThat(m.ceilings(Party.US, terms("none", "600", "preamble")).warheads()).isNull();
        // common with no US-Russian ceiling leaves China unlimited too
        assertThat(m.ceilings(Party.CN, terms("none", "common", "preamble")).warheads()).isNull();
        assertThat(m.ceilings(Party.CN, null)).isEqualTo(Ceilings.NONE);
    }

    @Test
    void treaty_perPartyLimit_chinasOwnCeiling() {
        Treaty t = d.model().treaty(terms("1550", "600", "preamble"));
        Limit w = t.limits().stream().filter(l -> l.id().equals("warheads")).findFirst().orElseThrow();
        assertThat(w.finalCeiling(Party.US)).isEqualTo(1550);
        assertThat(w.finalCeiling(Party.RU)).isEqualTo(1550);
        assertThat(w.finalCeiling(Party.CN)).isEqualTo(600);
        Limit free = d.model().treaty(terms("1550", "none", "preamble")).limits().get(0);
        assertThat(free.limits(Party.CN)).isFalse();
        assertThat(free.limits(Party.US)).isTrue();
    }

    @Test
    void ratification_handWorked_fromThePreRegisteredFactors() {
        // US 0.8 (base); RU 0.95 x 0.8 (missile defence separate); CN 0.95: 0.8 x 0.76 x 0.95 = 0.5776
        assertThat(d.model().ratification(terms("1550", "common", "separate"))).isCloseTo(0.8 * 0.95 * 0.8 * 0.95,
                within(1e-12));
        // and the US factor 0.5 when China's warheads are not limited: 0.8 x 0.5 x 0.95 x 0.95 = 0.361
        assertThat(d.model().ratification(terms("1550", "none", "preamble"))).isCloseTo(0.8 * 0.5 * 0.95 * 0.95,
                within(1e-12));
        // without inspections: US x 0.6
        assertThat(d.model().ratification(Terms.of(Map.of("warheads", "1550", "cn_warheads", "600", "missile_defense",
                "preamble", "inspections_per_year", "0")))).isCloseTo(0.8 * 0.6 * 0.95 * 0.95, within(1e-12));
        // binding limits on missile defence: US x 0.3
        assertThat(d.model().ratification(terms("1550", "600", "binding-limits"))).isCloseTo(0.8 * 0.3 * 0.95 * 0.95,
                within(1e-12));
    }

    @Test
    void expectedUtility_fromTheCriteriaDirectly_equalsTheTabulatedProfiles() {
        for (long r = 0; r < d.domain().outcomeCount(); r++) {
            Outcome o = d.domain().outcomeAt(r);
            for (Party p : small.parties()) {
                assertThat(d.expected(p, d.terms(o), null)).isCloseTo(d.profile(p).utility(o), within(1e-12));
            }
        }
    }

    @Test
    void analysis_threeParties_equalsBruteForce() {
        List<Profile> ps = d.profiles();
        Analysis a = Analyzer.analyze(ps);
        int n = (int) d.domain().outcomeCount();
        assertThat(n).isEqualTo(54);
        double[][] u = new double[n][3];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < 3; i++) {
                u[r][i] = ps.get(i).utility(d.domain().outcomeAt(r));
            }
        }
        double[] res = {ps.get(0).reservation(), ps.get(1).reservation(), ps.get(2).reservation()};
        List<Long> front = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            boolean dominated = false;
            for (int q = 0; q < n && !dominated; q++) {
                dominated = u[q][0] >= u[r][0] && u[q][1] >= u[r][1] && u[q][2] >= u[r][2]
                        && (u[q][0] > u[r][0] || u[q][1] > u[r][1] || u[q][2] > u[r][2]);
            }
            if (!dominated) {
                front.add((long) r);
            }
        }
        assertThat(a.pareto().stream().map(p -> p.outcome().rank()).toList()).containsExactlyInAnyOrderElementsOf(front);
        double nash = Double.NEGATIVE_INFINITY;
        double[] ideal = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int r = 0; r < n; r++) {
            if (u[r][0] >= res[0] && u[r][1] >= res[1] && u[r][2] >= res[2]) {
                nash = Math.max(nash, (u[r][0] - res[0]) * (u[r][1] - res[1]) * (u[r][2] - res[2]));
                for (int i = 0; i < 3; i++) {
                    ideal[i] = Math.max(ideal[i], u[r][i]);
                }
            }
        }
        double ks = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            if (u[r][0] >= res[0] && u[r][1] >= res[1] && u[r][2] >= res[2]) {
                double g = Double.POSITIVE_INFINITY;
                for (int i = 0; i < 3; i++) {
                    double span = ideal[i] - res[i];
                    g = Math.min(g, span > 0 ? (u[r][i] - res[i]) / span : 1);
                }
                ks = Math.max(ks, g);
            }
        }
        if (nash == Double.NEGATIVE_INFINITY) {
            assertThat(a.nash()).isEmpty();
            assertThat(a.kalaiSmorodinsky()).isEmpty();
        } else {
            assertThat(a.nash().orElseThrow().value()).isEqualTo(nash);
            assertThat(a.kalaiSmorodinsky().orElseThrow().value()).isEqualTo(ks);
        }
    }
}
