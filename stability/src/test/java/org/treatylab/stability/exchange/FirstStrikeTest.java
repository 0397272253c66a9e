package org.treatylab.stability.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.treatylab.stability.TestForces.force;
import static org.treatylab.stability.TestForces.row;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.stability.TestForces;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.Reduction;
import org.treatylab.stability.force.ReductionRule;

class FirstStrikeTest {
    /** Exponent 1, weight 0.5, half of value lost to 1 EMT: numbers that can be followed by hand. */
    private static final FirstStrikeParams SIMPLE = new FirstStrikeParams(1, 0.5, 1, 0, 64);

    /** A silo force whose warheads are 1 Mt (1 EMT), perfectly reliable and accurate (TKP 1 against the silo). */
    private static Force silos(String party, long silos, long warheadsEach) {
        return force(row(party, "Silo", "ICBM", silos, silos * warheadsEach, 1000, 1, 1, 1000, 0, 1));
    }

    @Test
    void mirvedSilos_handWorked_strikingFirstPays() {
        // Each side: one silo with 2 warheads. D(E) = 1 - 0.5^E; cost = D_own + 0.5 * (1 - D_other).
        // A strikes with k = 0: both keep 2 EMT: D = 0.75 each, cost 0.75 + 0.5 * 0.25 = 0.875.
        // A strikes with k = 1: B's silo dies (TKP 1) with both warheads; A keeps 1 EMT:
        //   D_A = 0, D_B = 0.5; A's cost 0 + 0.5 * 0.5 = 0.25 (lowest: A stops here);
        //   B's cost of being struck first: 0.5 + 0.5 * (1 - 0) = 1.0.
        // Symmetric, so each ratio is 0.25 / 1.0 = 0.25 and the index 0.0625.
        Force a = silos("US", 1, 2);
        Force b = silos("RU", 1, 2);
        Assessment s = Engagement.between(a, b).assess(SIMPLE);
        assertThat(s.aFirst().attackSize()).isEqualTo(1);
        assertThat(s.aFirst().attackerCost()).isCloseTo(0.25, within(1e-12));
        assertThat(s.aFirst().defenderCost()).isCloseTo(1.0, within(1e-12));
        assertThat(s.aFirst().attackerDamage()).isCloseTo(0, within(1e-12));
        assertThat(s.aFirst().defenderDamage()).isCloseTo(0.5, within(1e-12));
        assertThat(s.ratioA()).isCloseTo(0.25, within(1e-12));
        assertThat(s.ratioB()).isCloseTo(0.25, within(1e-12));
        assertThat(s.index()).isCloseTo(0.0625, within(1e-12));
        assertThat(s.survivorsB()).isCloseTo(0, within(1e-12));
    }

    @Test
    void singleWarheadSilos_handWorked_stable() {
        // Each side: two silos with 1 warhead each. A's cost by attack size k (TKP 1, one warhead per silo):
        //   k = 0: D_A = D_B = 0.75, cost 0.875;  k = 1: D_A = D_B = 0.5, cost 0.75;  k = 2: D_A = D_B = 0, cost 0.5.
        // A stops at k = 2 with cost 0.5; B's cost then is 0 + 0.5 * (1 - 0) = 0.5. By symmetry each ratio is
        // 0.5 / 0.5 = 1: striking first gains nothing, index 1.
        Assessment s = Engagement.between(silos("US", 2, 1), silos("RU", 2, 1)).assess(SIMPLE);
        assertThat(s.aFirst().attackSize()).isEqualTo(2);
        assertThat(s.aFirst().attackerCost()).isCloseTo(0.5, within(1e-12));
        assertThat(s.index()).isCloseTo(1, within(1e-12));
    }

    @Test
    void invulnerableForces_indexOne() {
        Force a = force(row("US", "Boats", "SLBM", 100, 400, 100, 100, 0.8, 10, 1, 16));
        Force b = force(row("RU", "Boats", "SLBM", 100, 400, 100, 100, 0.8, 10, 1, 16));
        Assessment s = Engagement.between(a, b).assess(FirstStrikeParams.DEFAULTS);
        assertThat(s.index()).isEqualTo(1.0);
        assertThat(s.survivorsA()).isCloseTo(400, within(1e-9));
        assertThat(s.aFirst().attackSize()).isZero();
    }

    @Test
    void stoppingPoint_branchAndBound_equalsBruteForceOverTheGrid_seeded() {
        Random rnd = new Random(3765);
        for (int trial = 0; trial < 40; trial++) {
            Force a = TestForces.random(rnd, "US", 1 + rnd.nextInt(8));
            Force b = TestForces.random(rnd, "RU", 1 + rnd.nextInt(8));
            FirstStrikeParams p = new FirstStrikeParams(0.3 + rnd.nextDouble(), rnd.nextDouble(),
                    5 + 200 * rnd.nextDouble(), 0, 1 + rnd.nextInt(40));
            Targeting t = new Targeting(a, b);
            Allocator fast = new Allocator(t, a, b, p, true, false).run();
            long full = fast.usedTotal;
            int points = (int) Math.min(p.resolution(), Math.max(1, full)) + 1;
            double[] cost = new double[points];
            long[] size = new long[points];
            double best = Double.POSITIVE_INFINITY;
            for (int g = 0; g < points; g++) {
                size[g] = Math.round((double) full * g / (points - 1));
                Allocator partial = new Allocator(t, a, b, p, false, false, size[g]).run();
                cost[g] = p.cost(p.damage(partial.defenderEmtSurviving), p.damage(partial.attackerEmtLeft));
                best = Math.min(best, cost[g]);
            }
            assertThat(fast.bestCost).as("trial %d", trial).isCloseTo(best, within(1e-9));
            int chosen = -1;
            for (int g = 0; g < points; g++) {
                if (size[g] == fast.bestUsed) {
                    chosen = g;
                }
            }
            assertThat(chosen).as("trial %d: stops at a grid point", trial).isNotNegative();
            assertThat(cost[chosen]).as("trial %d", trial).isCloseTo(best, within(1e-9));
        }
    }

    @Test
    void ratios_neverAboveOne_indexIsTheirProduct_seeded() {
        Random rnd = new Random(1988);
        for (int trial = 0; trial < 30; trial++) {
            Force a = TestForces.random(rnd, "US", 1 + rnd.nextInt(10));
            Force b = TestForces.random(rnd, "RU", 1 + rnd.nextInt(10));
            Assessment s = Engagement.between(a, b).assess(FirstStrikeParams.DEFAULTS);
            assertThat(s.ratioA()).isBetween(0.0, 1.0);
            assertThat(s.ratioB()).isBetween(0.0, 1.0);
            assertThat(s.index()).isCloseTo(s.ratioA() * s.ratioB(), within(1e-15));
            assertThat(s.survivorsA()).isBetween(-1e-9, (double) a.totalWarheads() + 1e-9);
            assertThat(s.aFirst().attackSize()).isBetween(0L, s.aFirst().fullStrikeUsed());
        }
    }

    @Test
    void defaults_areTheReferenceValues() {
        // The reference notes give 0.75 and 0.3 (unconfirmed); they must not drift silently.
        assertThat(FirstStrikeParams.DEFAULTS.damageExponent()).isEqualTo(0.75);
        assertThat(FirstStrikeParams.DEFAULTS.enemyWeight()).isEqualTo(0.3);
        assertThat(FirstStrikeParams.DEFAULTS.cost(0.5, 0.5)).isCloseTo(Math.pow(0.5, 0.75) + 0.3 * (1 - Math.pow(0.5,
                0.75)), within(1e-12));
    }

    @Test
    void assess_foreignForce_isRefused() {
        Force us = TestForces.shipped("us-russia-2009", Party.US);
        Force ru = TestForces.shipped("us-russia-2009", Party.RU);
        Engagement e = Engagement.between(us, ru);
        Force scaled = Reduction.scale(us, 500, null, ReductionRule.PROPORTIONAL);
        assertThat(e.assess(scaled, ru, FirstStrikeParams.DEFAULTS).aFirst().attackerWarheads())
                .isEqualTo(scaled.totalWarheads());
        Force other = TestForces.shipped("us-russia-2024", Party.US);
        assertThatThrownBy(() -> e.assess(other, ru, FirstStrikeParams.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not side A");
    }
}
