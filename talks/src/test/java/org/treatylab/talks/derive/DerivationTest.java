package org.treatylab.talks.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.LimitResult;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.terms.Terms;

class DerivationTest {
    private static Scenario scenario;
    private static Derivation derivation;

    @BeforeAll
    static void derive() {
        scenario = Scenarios.resolve("start-2009");
        derivation = Derivation.of(scenario);
    }

    private static Terms terms(String warheads, String deployed, String total, String bombers) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("warheads", warheads);
        m.put("deployed_launchers", deployed);
        m.put("total_launchers", total);
        m.put("bomber_counting", bombers);
        return Terms.of(m);
    }

    @Test
    void negotiationProfiles_equalTheCriteriaComputedDirectly_onSeededRandomOutcomes() {
        Random rnd = new Random(2009);
        long n = derivation.domain().outcomeCount();
        assertThat(n).isEqualTo(7L * 5 * 3 * 2 * 3 * 4 * 2 * 2 * 3);
        for (int i = 0; i < 400; i++) {
            Outcome o = derivation.domain().outcomeAt((long) (rnd.nextDouble() * n));
            Terms t = derivation.terms(o);
            for (Party p : scenario.parties()) {
                assertThat(derivation.profile(p).utility(o)).as(p + " " + t).isCloseTo(derivation.utility(p, t),
                        offset(1e-9));
            }
            assertThat(derivation.outcome(t)).isEqualTo(o);
        }
    }

    @Test
    void reservation_isNoTreatyScoredWithTheSameWeights_workedByHand() {
        double index = derivation.model().noTreatyAssessment().index();
        // US: own cuts 1 (0.15) + survivability 1 (0.20) + stability index (0.10) + intrusiveness 1 (0.05)
        //     + missile defence 'separate' ranked first (0.15); nothing from other cuts, verification or duration.
        assertThat(derivation.profile(Party.US).reservation()).isCloseTo(0.15 + 0.20 + 0.10 * index + 0.05 + 0.15,
                offset(1e-12));
        // RU: own cuts 0.15 + survivability 0.15 + stability 0.10 * index + intrusiveness 0.10; 'separate' is RU's worst.
        assertThat(derivation.profile(Party.RU).reservation()).isCloseTo(0.15 + 0.15 + 0.10 * index + 0.10,
                offset(1e-12));
    }

    @Test
    void lowerWarheadCeiling_neverRaisesSurvivors() {
        List<String> ceilings = List.of("2200", "2000", "1675", "1550", "1500", "1000", "500");
        for (String dv : scenario.issue("deployed_launchers").orElseThrow().values()) {
            for (String bombers : List.of("one-per-bomber", "weapons-assigned")) {
                double[] prev = {Double.MAX_VALUE, Double.MAX_VALUE};
                for (String w : ceilings) {
                    Terms t = terms(w, dv, "none", bombers);
                    for (int i = 0; i < 2; i++) {
                        Party p = scenario.parties().get(i);
                        double s = derivation.model().countedOnSurvivors(p, t);
                        assertThat(s).isLessThanOrEqualTo(derivation.model().survivors(derivation.model().assessment(t), p));
                        assertThat(s).as(p + " at " + w + "/" + dv + "/" + bombers).isLessThanOrEqualTo(prev[i] + 1e-9);
                        prev[i] = s;
                        assertThat(derivation.model().scores(p, t).score(Criterion.SURVIVABILITY)).isBetween(0.0, 1.0);
                    }
                }
            }
        }
    }

    @Test
    void scaledForces_countWithinTheCeilingByTheAgreedRule() {
        for (String bombers : List.of("one-per-bomber", "weapons-assigned")) {
            Terms t = terms("1000", "none", "none", bombers);
            for (Party p : scenario.parties()) {
                var f = derivation.model().scaled(org.treatylab.stability.Stability.force(derivation.model().posture(p)), t);
                assertThat(org.treatylab.stability.Stability.counted(f, bombers.equals("one-per-bomber"))).as(p + " " + bombers)
                        .isLessThanOrEqualTo(1000).isGreaterThan(900);
            }
        }
    }

    @Test
    void reductionCosts_matchTheCountingEngine() {
        Terms t = terms("1000", "500", "800", "one-per-bomber");
        Treaty treaty = t.treaty("check", scenario.parties(), LocalDate.of(2010, 1, 1), 7, "new-start");
        for (Party p : scenario.parties()) {
            PartyResult counted = Compliance.assess(treaty, derivation.model().posture(p), LocalDate.of(2017, 1, 1));
            Map<String, Double> facts = derivation.model().scores(p, t).facts();
            double dvShare = 0;
            double whShare = 0;
            double tlShare = 0;
            for (LimitResult l : counted.limits()) {
                assertThat(facts.get("own_" + l.id() + "_counted")).as(p + " " + l.id()).isEqualTo((double) l.counted());
                assertThat(facts.get("own_" + l.id() + "_cut")).as(p + " " + l.id()).isEqualTo((double) l.requiredCut());
                double share = (double) l.requiredCut() / l.counted();
                switch (l.id()) {
                    case "deployed-launchers" -> dvShare = share;
                    case "warheads" -> whShare = share;
                    default -> tlShare = share;
                }
            }
            assertThat(derivation.model().scores(p, t).score(Criterion.OWN_CUTS))
                    .isCloseTo(1 - (whShare + Math.max(dvShare, tlShare)) / 2, offset(1e-12));
        }
        // Hand check on the U.S. 2009 posture (rows of us-russia-2009.csv): 577 + 1,165 re-entry vehicles + 1 for
        // each of the 75 + 11 + 39 + 60 = 185 deployed bombers = 1,927 counted warheads, 927 over 1,000;
        // 450 + 247 + 185 = 882 deployed vehicles, 382 over 500; 506 + 51 + 336 + 91 + 20 + 39 + 81 = 1,124
        // launchers, 324 over 800.
        Map<String, Double> us = derivation.model().scores(Party.US, t).facts();
        assertThat(us.get("own_warheads_counted")).isEqualTo(1927.0);
        assertThat(us.get("own_warheads_cut")).isEqualTo(927.0);
        assertThat(us.get("own_deployed-launchers_cut")).isEqualTo(382.0);
        assertThat(us.get("own_total-launchers_cut")).isEqualTo(324.0);
    }

    @Test
    void changingADocumentedPriority_changesTheDerivedPreferences() {
        Terms linked = Terms.of(Map.of("warheads", "1550", "deployed_launchers", "700", "total_launchers", "800",
                "missile_defense", "binding-limits"));
        Scenario more = scenario.with(scenario.delegation(Party.RU).withWeight(Criterion.MISSILE_DEFENSE, 0.6));
        Derivation d2 = derivation.reweighted(more);
        assertThat(d2.utility(Party.RU, linked)).isGreaterThan(derivation.utility(Party.RU, linked) + 0.01);
        assertThat(d2.utility(Party.US, linked)).isEqualTo(derivation.utility(Party.US, linked));
        assertThat(d2.profile(Party.RU).utility(d2.outcome(linked))).isCloseTo(d2.utility(Party.RU, linked), offset(1e-9));
    }

    @Test
    void verification_detectionFollowsThePlanner_andIdentifiersHelp() {
        Terms none = Terms.of(Map.of("inspections_per_year", "0"));
        Terms eighteen = Terms.of(Map.of("inspections_per_year", "18"));
        Terms eighteenIds = Terms.of(Map.of("inspections_per_year", "18", "unique_ids", "yes"));
        assertThat(derivation.model().detection(none)).isZero();
        // 1 violating facility among 35, 18 inspected without replacement: P(visit) = 18/35.
        assertThat(derivation.model().detection(eighteenIds)).isCloseTo(18.0 / 35, offset(1e-12));
        assertThat(derivation.model().detection(eighteen)).isCloseTo(0.5 * 18.0 / 35, offset(1e-12));
    }
}
