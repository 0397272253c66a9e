package org.treatylab.stability.multi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.stability.Stability;
import org.treatylab.stability.TestForces;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.exchange.MonteCarlo;
import org.treatylab.stability.exchange.MonteCarloResult;
import org.treatylab.stability.exchange.Strike;
import org.treatylab.stability.force.Force;

class MultilateralTest {
    private static final FirstStrikeParams P = FirstStrikeParams.DEFAULTS;

    @Test
    void twoParties_equalTheTwoPartyEngine_toTheLastBit() {
        Random r = new Random(2026);
        for (int trial = 0; trial < 10; trial++) {
            Force a = TestForces.random(r, "US", 1 + r.nextInt(5));
            Force b = TestForces.random(r, "RU", 1 + r.nextInt(5));
            Assessment two = Stability.assess(a, b, P);
            for (StrikeScenario s : StrikeScenario.values()) {
                MultiAssessment m = Multilateral.assess(List.of(a, b), P, s);
                assertThat(m.index()).isEqualTo(two.index());
                assertThat(m.survivors(Party.US)).isEqualTo(two.survivorsA());
                assertThat(m.survivors(Party.RU)).isEqualTo(two.survivorsB());
                assertThat(m.ratios()).containsEntry(Party.US, two.ratioA()).containsEntry(Party.RU, two.ratioB());
                assertThat(m.whenSplit()).isEmpty();
            }
        }
    }

    @Test
    void index_handWorkedRatios_productOfEachPartysLowest() {
        Party cn = Party.CN;
        // ratios by pair: US-RU 0.9/0.8, US-CN 0.7/1.0, RU-CN 0.95/0.6
        List<Assessment> pairs = List.of(pair(Party.US, Party.RU, 0.9, 0.8), pair(Party.US, cn, 0.7, 1.0),
                pair(Party.RU, cn, 0.95, 0.6));
        var ratios = Multilateral.ratios(List.of(Party.US, Party.RU, cn), pairs);
        assertThat(ratios).containsEntry(Party.US, 0.7).containsEntry(Party.RU, 0.8).containsEntry(cn, 0.6);
        assertThat(Multilateral.index(ratios.values())).isCloseTo(0.7 * 0.8 * 0.6, within(1e-15));
        // two parties: the N-party index is Kent & Thaler's product of the two ratios
        var two = Multilateral.ratios(List.of(Party.US, Party.RU), pairs.subList(0, 1));
        assertThat(Multilateral.index(two.values())).isEqualTo(0.9 * 0.8);
    }

    @Test
    void splitStrike_handWorked_fiveWarheadsOnTwoSilosOfTwoParties() {
        // SSPK 0.5 (CEP set so that LR/CEP = 1): marginal gains put four warheads on the 10-warhead silo (RU) and the
        // fifth on the 1-warhead silo (CN): 10 x 0.5^4 = 0.625 and 1 x 0.5 = 0.5 survive.
        Force us = TestForces.force(TestForces.row("US", "Hammer", "ICBM", 1, 5, 1000, 485.224, 1, 1000, 0, 1));
        Force ru = TestForces.force(TestForces.row("RU", "Big", "ICBM", 1, 10, 100, 100, 1, 1000, 0, 1));
        Force cn = TestForces.force(TestForces.row("CN", "Small", "ICBM", 1, 1, 100, 100, 1, 1000, 0, 1));
        ExchangeResult r = Multilateral.splitStrike(us, List.of(ru, cn));
        var by = Multilateral.bySource(r, List.of(ru, cn));
        assertThat(by.get(Party.RU)).isCloseTo(0.625, within(1e-3));
        assertThat(by.get(Party.CN)).isCloseTo(0.5, within(1e-3));
        MultiAssessment m = Multilateral.assess(List.of(us, ru, cn), P, StrikeScenario.WORSE_SINGLE);
        assertThat(m.whenSplit().get(Party.US)).isEqualTo(by);
    }

    @Test
    void jointStrike_handWorked_poolingTwoAttackersEqualsOneWithAllTheirWarheads() {
        Force us = TestForces.force(TestForces.row("US", "Hammer", "ICBM", 1, 3, 1000, 485.224, 1, 1000, 0, 1));
        Force cn = TestForces.force(TestForces.row("CN", "Anvil", "ICBM", 1, 2, 1000, 485.224, 1, 1000, 0, 1));
        Force ru = TestForces.force(TestForces.row("RU", "Big", "ICBM", 1, 10, 100, 100, 1, 1000, 0, 1)
                + TestForces.row("RU", "Small", "ICBM", 1, 1, 100, 100, 1, 1000, 0, 1));
        assertThat(Multilateral.jointStrike(List.of(us, cn), ru).defenderSurvivingWarheads())
                .isCloseTo(1.125, within(1e-3));
        MultiAssessment m = Multilateral.assess(List.of(us, ru, cn), P, StrikeScenario.JOINT);
        assertThat(m.survivors(Party.RU)).isCloseTo(1.125, within(1e-3));
        assertThat(m.survivors(Party.RU, StrikeScenario.WORSE_SINGLE)).isGreaterThan(m.survivors(Party.RU));
    }

    @Test
    void shippedForces_jointNoBetterForTheDefenderThanAnySingle_andMonteCarloAgrees() {
        Force us = TestForces.shipped("us-russia-2024", Party.US);
        Force ru = TestForces.shipped("us-russia-2024", Party.RU);
        Force cn = TestForces.shipped("china-2025", Party.CN);
        MultiAssessment m = Multilateral.assess(List.of(us, ru, cn), P, StrikeScenario.WORSE_SINGLE);
        assertThat(m.parties()).containsExactly(Party.US, Party.RU, Party.CN);
        assertThat(m.pairs()).hasSize(3);
        for (Party p : m.parties()) {
            assertThat(m.byAllOthers().get(p)).isLessThanOrEqualTo(m.survivors(p) + 1e-9);
            assertThat(m.bySingle().get(p)).hasSize(2);
        }
        assertThat(m.index()).isBetween(0.0, 1.0);
        assertThat(m.index()).isLessThanOrEqualTo(m.pairs().stream().mapToDouble(Assessment::index).min().orElseThrow()
                + 1e-12);
        ExchangeResult joint = Multilateral.jointStrike(List.of(us, ru), cn);
        MonteCarloResult mc = MonteCarlo.run(joint.plan(), 4000, new SplittableRandom(19));
        assertAgrees(joint, mc);
        ExchangeResult split = Multilateral.splitStrike(cn, List.of(us, ru));
        MonteCarloResult mc2 = MonteCarlo.run(split.plan(), 4000, new SplittableRandom(20));
        assertAgrees(split, mc2);
    }

    @Test
    void pooling_sameSystemNameInTwoParties_rejectedNamingIt() {
        Force a = TestForces.force(TestForces.row("US", "Same", "ICBM", 1, 1, 100, 100, 1, 1000, 0, 1));
        Force b = TestForces.force(TestForces.row("CN", "Same", "ICBM", 1, 1, 100, 100, 1, 1000, 0, 1));
        Force d = TestForces.force(TestForces.row("RU", "Other", "ICBM", 1, 1, 100, 100, 1, 1000, 0, 1));
        assertThatThrownBy(() -> Multilateral.jointStrike(List.of(a, b), d)).hasMessageContaining("'Same'");
    }

    /** Four standard errors (a sampled one; exact when nothing is at risk and the spread is 0). */
    private static void assertAgrees(ExchangeResult r, MonteCarloResult mc) {
        assertThat(Math.abs(mc.mean() - r.defenderSurvivingWarheads()))
                .as("%s on %s: analytic %.4f, Monte Carlo %s", r.attacker(), r.defender(), r.defenderSurvivingWarheads(), mc)
                .isLessThanOrEqualTo(4 * mc.stdDev() / Math.sqrt(mc.trials()) + 1e-9);
    }

    private static Assessment pair(Party a, Party b, double ra, double rb) {
        Strike s = new Strike(1, 1, 1, 0, 1, 0, 0, 0, 0, 0);
        return new Assessment(a, b, s, s, ra, rb, ra * rb);
    }
}
