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
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.talks.restructure.Ceilings;
import org.treatylab.talks.restructure.Diminishing;
import org.treatylab.talks.restructure.Holding;
import org.treatylab.talks.restructure.Kept;
import org.treatylab.talks.restructure.Restructured;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.terms.Terms;

/** Each criterion, worked by hand or against an independent computation. */
class CriteriaTest {
    private static Scenario scenario;
    private static Derivation derivation;
    private static CriteriaModel model;

    @BeforeAll
    static void derive() {
        scenario = Scenarios.resolve("start-2009");
        derivation = Derivation.of(scenario);
        model = derivation.model();
    }

    private static Terms terms(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Terms.of(m);
    }

    private static final Terms NEW_START = terms("warheads", "1550", "deployed_launchers", "700", "total_launchers",
            "800", "bomber_counting", "one-per-bomber", "missile_defense", "preamble", "inspections_per_year", "18",
            "unique_ids", "yes", "telemetry", "exchange", "conventional_missiles", "counted", "duration_years", "10");

    private static PostureRow row(Party p, String name) {
        return model.projected(p).rows().stream().filter(r -> r.system().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void baseline_projectsTheScheduledRetirementsAndDeployments_workedByHand() {
        // Podvig 2009 as carried in the scenario: SS-18 40 left at 10 warheads (the posture's loading, 500 / 50);
        // SS-19, SS-25 and SS-N-18 retired; 70 RS-24 x 3 and 32 Bulava x 6 added; everything else as in 2009.
        assertThat(row(Party.RU, "SS-18").deployed()).isEqualTo(40);
        assertThat(row(Party.RU, "SS-18").reentryVehicles()).contains(400L);
        assertThat(row(Party.RU, "SS-25").deployed()).isZero();
        assertThat(row(Party.RU, "SS-19").deployed()).isZero();
        assertThat(row(Party.RU, "SS-N-18").deployed()).isZero();
        assertThat(row(Party.RU, "RS-24").reentryVehicles()).contains(210L);
        assertThat(row(Party.RU, "Bulava").reentryVehicles()).contains(192L);
        assertThat(model.projected(Party.US).rows()).isEqualTo(model.posture(Party.US).rows());
        // Upload capacity: the scenario's stated capacities (Trident II 8, SS-18 10); without one, today's loading.
        Holding d5 = model.inventory(Party.US).holdings().stream().filter(h -> h.system().contains("Trident")).findFirst()
                .orElseThrow();
        assertThat(d5.capacity()).isEqualTo(8);
        Holding topolM = model.inventory(Party.RU).holdings().stream().filter(h -> h.system().contains("Topol-M (silo)"))
                .findFirst().orElseThrow();
        assertThat(topolM.capacity()).isEqualTo(1);
    }

    @Test
    void survivability_isTheEnginesSurvivorsOfTheRestructuredForces_againstTheRequirement() {
        Ceilings c = CriteriaModel.ceilings(NEW_START);
        Restructured us = model.restructured(Party.US, c);
        Restructured ru = model.restructured(Party.RU, c);
        // An independent assessment of the two restructured forces, built here from the kept counts.
        var usForce = Stability.force(model.projected(Party.US));
        var ruForce = Stability.force(model.projected(Party.RU));
        for (int j = 0; j < usForce.size(); j++) {
            usForce = usForce.with(j, usForce.system(j).withCounts(us.kept().get(j).deployed(), us.kept().get(j).warheads()));
        }
        for (int j = 0; j < ruForce.size(); j++) {
            ruForce = ruForce.with(j, ruForce.system(j).withCounts(ru.kept().get(j).deployed(), ru.kept().get(j).warheads()));
        }
        Assessment a = Stability.assess(usForce, ruForce, FirstStrikeParams.DEFAULTS);
        Scores s = model.scores(Party.US, NEW_START);
        assertThat(s.facts().get("own_survivors")).isCloseTo(a.survivorsA(), offset(1e-6));
        assertThat(s.score(Criterion.SURVIVABILITY)).isCloseTo(Diminishing.value(a.survivorsA(), 300), offset(1e-12));
        assertThat(s.score(Criterion.STABILITY)).isCloseTo(a.index(), offset(1e-9));
        assertThat(model.scores(Party.RU, NEW_START).score(Criterion.SURVIVABILITY))
                .isCloseTo(Diminishing.value(a.survivorsB(), 300), offset(1e-9));
        // every restructured force keeps the treaty's ceilings
        for (Restructured r : List.of(us, ru)) {
            assertThat(r.counted()).isLessThanOrEqualTo(1550);
            assertThat(r.deployed()).isLessThanOrEqualTo(700);
            assertThat(r.total()).isLessThanOrEqualTo(800);
        }
    }

    @Test
    void upload_hedgeAndThreat_fromTheKeptLaunchersCapacities_workedByHand() {
        Scores us = model.scores(Party.US, NEW_START);
        Scores ru = model.scores(Party.RU, NEW_START);
        double u = 0;
        for (int j = 0; j < us.forces().kept().size(); j++) {
            Kept k = us.forces().kept().get(j);
            // capacities stated in the scenario: Minuteman III 3, Trident II 8; a bomber carries its posture's weapons
            int cap = k.system().contains("Minuteman") ? 3 : k.system().contains("Trident") ? 8
                    : model.inventory(Party.US).holdings().get(j).capacity();
            u += k.category().isBomber() ? cap * k.nonDeployed() : cap * (k.deployed() + k.nonDeployed()) - k.warheads();
        }
        assertThat(us.facts().get("own_upload_potential")).isCloseTo(u, offset(1e-9));
        assertThat(us.score(Criterion.UPLOAD_HEDGE)).isCloseTo(Diminishing.value(u, 500), offset(1e-12));
        // Russia's threat score is 1 minus the same curve of the U.S. upload potential
        assertThat(ru.facts().get("other_upload_potential")).isCloseTo(u, offset(1e-9));
        assertThat(ru.score(Criterion.UPLOAD_THREAT)).isCloseTo(1 - Diminishing.value(u, 500), offset(1e-12));
    }

    @Test
    void forceCost_isOneMinusTheCostOfWhatIsKeptOverKeepingEverything_workedByHand() {
        Scores ru = model.scores(Party.RU, NEW_START);
        double cost = 0;
        double max = 0;
        for (int j = 0; j < ru.forces().kept().size(); j++) {
            Kept k = ru.forces().kept().get(j);
            Holding h = model.inventory(Party.RU).holdings().get(j);
            double launcher = switch (k.category()) {
                case ICBM -> 1;
                case MOBILE_ICBM, HEAVY_ICBM -> 1.5;
                case SLBM, HEAVY_BOMBER -> 2;
                case MEDIUM_BOMBER -> throw new AssertionError("no medium bomber in the 2009 postures");
            };
            cost += launcher * (k.deployed() + 0.2 * k.nonDeployed()) + 0.05 * k.warheads();
            max += launcher * (h.deployed() + 0.2 * (h.launchers() - h.deployed())) + 0.05 * h.capacity() * h.deployed();
        }
        assertThat(ru.score(Criterion.FORCE_COST)).isCloseTo(1 - cost / max, offset(1e-9));
    }

    @Test
    void parity_isNotBeingBehind_workedByHand() {
        assertThat(CriteriaModel.behind(1000, 1500)).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(CriteriaModel.behind(1500, 1000)).isEqualTo(1.0);
        Scores ru = model.scores(Party.RU, NEW_START);
        Restructured us = model.restructured(Party.US, CriteriaModel.ceilings(NEW_START));
        double expected = (Math.min(1, (double) ru.forces().counted() / us.counted())
                + Math.min(1, (double) ru.forces().deployed() / us.deployed())) / 2;
        assertThat(ru.score(Criterion.PARITY)).isCloseTo(expected, offset(1e-12));
    }

    @Test
    void headlineCut_isTheMeanCutBelowTheLimitsInForce_workedByHand() {
        // 1 - 1550 / 2200 = 0.29545...; delivery vehicles: the lower of 700 and 800 against 1,600: 1 - 700 / 1600.
        assertThat(model.scores(Party.US, NEW_START).score(Criterion.HEADLINE_CUT))
                .isCloseTo((1 - 1550.0 / 2200 + 1 - 700.0 / 1600) / 2, offset(1e-12));
        assertThat(model.scores(Party.US, terms("warheads", "2200")).score(Criterion.HEADLINE_CUT)).isZero();
        assertThat(model.noTreaty(Party.US).score(Criterion.HEADLINE_CUT)).isZero();
    }

    @Test
    void conventionalMissiles_areARankedIssue_andUnconstrainedWithoutATreaty() {
        Criterion conv = new Criterion("conventional_missiles");
        assertThat(model.scores(Party.US, terms("conventional_missiles", "counted")).score(conv)).isEqualTo(0.5);
        assertThat(model.scores(Party.US, terms("conventional_missiles", "banned")).score(conv)).isZero();
        assertThat(model.scores(Party.RU, terms("conventional_missiles", "banned")).score(conv)).isEqualTo(1.0);
        assertThat(model.noTreaty(Party.US).score(conv)).isEqualTo(1.0);
        assertThat(model.noTreaty(Party.RU).score(conv)).isZero();
        assertThat(model.noTreaty(Party.RU).score(new Criterion("duration_years"))).isZero();
    }

    @Test
    void ratification_multipliesBothLegislaturesChances_workedByHand() {
        // US: base 0.8 x binding limits 0.3 x no inspections 0.6 x no identifiers 0.9; RU: base 0.95.
        Terms t = terms("missile_defense", "binding-limits", "inspections_per_year", "0", "unique_ids", "no");
        assertThat(model.ratification(Party.US, t)).isCloseTo(0.8 * 0.3 * 0.6 * 0.9, offset(1e-12));
        assertThat(model.ratification(Party.RU, t)).isCloseTo(0.95, offset(1e-12));
        assertThat(model.ratification(t)).isCloseTo(0.8 * 0.3 * 0.6 * 0.9 * 0.95, offset(1e-12));
        // New START's terms: US 0.8; RU 0.95 (missile defence in the preamble, not 'separate').
        assertThat(model.ratification(NEW_START)).isCloseTo(0.8 * 0.95, offset(1e-12));
    }

    @Test
    void expectedUtility_isTheReservationPlusTheChanceOfEntryIntoForceTimesTheGain_onSeededRandomOutcomes() {
        Random rnd = new Random(2009);
        long n = derivation.domain().outcomeCount();
        assertThat(n).isEqualTo(7L * 5 * 3 * 2 * 3 * 3 * 4 * 2 * 2 * 3);
        for (int i = 0; i < 200; i++) {
            Outcome o = derivation.domain().outcomeAt((long) (rnd.nextDouble() * n));
            Terms t = derivation.terms(o);
            for (Party p : scenario.parties()) {
                double r = derivation.profile(p).reservation();
                double expected = r + model.ratification(t) * (derivation.value(p, t) - r);
                assertThat(derivation.profile(p).utility(o)).as(p + " " + t).isCloseTo(expected, offset(1e-9));
            }
            assertThat(derivation.outcome(t)).isEqualTo(o);
            assertThat(derivation.ratification(o)).isCloseTo(model.ratification(t), offset(1e-12));
        }
    }

    @Test
    void delay_aGapAfterTheDeadlineCostsItsShareOfTheHorizon_workedByHand() {
        Outcome o = derivation.outcome(NEW_START);
        for (Party p : scenario.parties()) {
            double r = derivation.profile(p).reservation();
            double u = derivation.profile(p).utility(o);
            assertThat(derivation.utilityOn(p, o, scenario.deadline().minusDays(1))).isCloseTo(u, offset(1e-12));
            // 365.25 days late is a tenth of the ten-year horizon
            LocalDate late = scenario.deadline().plusDays(365);
            assertThat(derivation.utilityOn(p, o, late)).isCloseTo(r + (1 - 365 / 3652.5) * (u - r), offset(1e-12));
        }
    }

    @Test
    void reservation_isNoTreatyScoredWithTheSameWeights() {
        for (Party p : scenario.parties()) {
            Scores s = model.noTreaty(p);
            double r = 0;
            for (Criterion c : scenario.delegation(p).criteria()) {
                r += scenario.delegation(p).weight(c) * s.score(c);
            }
            assertThat(derivation.profile(p).reservation()).isCloseTo(r, offset(1e-12));
            assertThat(s.score(Criterion.VERIFICATION)).isZero();
            assertThat(s.score(Criterion.INTRUSIVENESS)).isEqualTo(1.0);
        }
    }

    @Test
    void verification_detectionFollowsThePlanner_andIdentifiersHelp() {
        assertThat(model.detection(terms("inspections_per_year", "0"))).isZero();
        // 1 violating facility among 35, 18 inspected without replacement: P(visit) = 18/35.
        assertThat(model.detection(terms("inspections_per_year", "18", "unique_ids", "yes")))
                .isCloseTo(18.0 / 35, offset(1e-12));
        assertThat(model.detection(terms("inspections_per_year", "18"))).isCloseTo(0.5 * 18.0 / 35, offset(1e-12));
        assertThat(model.detection(terms("inspections_per_year", "0", "telemetry", "exchange")))
                .isCloseTo(0.2, offset(1e-12));
    }

    @Test
    void aLowerCeiling_neverRaisesAPartysOwnForceValue_overTheScenarioGrid() {
        List<String> warheads = List.of("2200", "2000", "1675", "1550", "1500", "1000", "500");
        for (String dv : scenario.issue("deployed_launchers").orElseThrow().values()) {
            for (String tl : scenario.issue("total_launchers").orElseThrow().values()) {
                for (Party p : scenario.parties()) {
                    double prev = Double.MAX_VALUE;
                    for (String w : warheads) {
                        Restructured r = model.restructured(p, CriteriaModel.ceilings(terms("warheads", w,
                                "deployed_launchers", dv, "total_launchers", tl)));
                        // The first pass (without parity, which moves with the other side) is the party's own
                        // optimisation: its best value never rises as the ceiling falls.
                        Restructured first = org.treatylab.talks.restructure.Restructurer.best(model.inventory(p),
                                r.ceilings(), model.objective(p));
                        assertThat(first.bestValue()).as(p + " " + w + "/" + dv + "/" + tl)
                                .isLessThanOrEqualTo(prev + 1e-9);
                        prev = first.bestValue();
                    }
                }
            }
        }
    }
}
