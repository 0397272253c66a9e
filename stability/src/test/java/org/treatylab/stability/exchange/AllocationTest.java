package org.treatylab.stability.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.treatylab.stability.TestForces.force;
import static org.treatylab.stability.TestForces.row;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.stability.force.Force;

class AllocationTest {
    /** 1 Mt on 1000 psi has LR = 485.224 m; with CEP = LR and reliability 1, each warhead kills with 0.5. */
    private static final double CEP_HALF = 485.224;

    private static Force hammer(long warheads) {
        return force(row("US", "Hammer", "ICBM", 1, warheads, 1000, CEP_HALF, 1, 1000, 0, 1));
    }

    private static final Force TWO_SILOS = force(row("RU", "Big", "ICBM", 1, 10, 100, 100, 1, 1000, 0, 1)
            + row("RU", "Small", "ICBM", 1, 1, 100, 100, 1, 1000, 0, 1));

    @Test
    void twoSilos_fiveWarheads_handWorkedAllocation() {
        // Marginal gains (expected warheads destroyed by the next warhead), TKP 0.5 against both silos:
        //   1st: Big 10*0.5 = 5      vs Small 1*0.5 = 0.5 -> Big
        //   2nd: Big 5*0.5 = 2.5     vs 0.5 -> Big
        //   3rd: Big 2.5*0.5 = 1.25  vs 0.5 -> Big
        //   4th: Big 0.625           vs 0.5 -> Big
        //   5th: Big 0.3125          vs 0.5 -> Small
        // Survivors: Big 10 * 0.5^4 = 0.625, Small 1 * 0.5 = 0.5; total 1.125.
        Force a = hammer(5);
        ExchangeResult r = Engagement.between(a, TWO_SILOS).exchange(a, TWO_SILOS, 0);
        assertThat(r.attackerWarheadsUsed()).isEqualTo(5);
        assertThat(r.attackerWarheadsLeft()).isZero();
        assertThat(r.bySystem().get(0).surviving()).isCloseTo(0.625, within(1e-9));
        assertThat(r.bySystem().get(1).surviving()).isCloseTo(0.5, within(1e-9));
        assertThat(r.defenderSurvivingWarheads()).isCloseTo(1.125, within(1e-9));
    }

    @Test
    void twoSilos_threeWarheads_allOnTheBigSilo() {
        // Gains 5, 2.5, 1.25 on Big all beat 0.5 on Small: Big 10 * 0.5^3 = 1.25, Small untouched 1; total 2.25.
        Force a = hammer(3);
        ExchangeResult r = Engagement.between(a, TWO_SILOS).exchange(a, TWO_SILOS, 0);
        assertThat(r.defenderSurvivingWarheads()).isCloseTo(2.25, within(1e-9));
        assertThat(r.bySystem().get(1).surviving()).isEqualTo(1.0);
    }

    @Test
    void reserve_heldBackWarheadsAreNotFired() {
        // Reserve 0.5 of 5 warheads keeps back ceil(2.5) = 3; the 2 fired both go to Big: 10 * 0.25 + 1 = 3.5.
        Force a = hammer(5);
        ExchangeResult r = Engagement.between(a, TWO_SILOS).exchange(a, TWO_SILOS, 0.5);
        assertThat(r.attackerWarheadsUsed()).isEqualTo(2);
        assertThat(r.attackerWarheadsLeft()).isEqualTo(3);
        assertThat(r.defenderSurvivingWarheads()).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void survivableShareAndAimpoints_formWholeBoatsAndOneRemainder() {
        // 100 SLBMs x 4 warheads, half at sea: 200 warheads untargetable; 50 launchers in port at 16 per boat make
        // 3 whole boats (64 warheads each) and one aim point with the remaining 2 launchers (8 warheads).
        // One 1-Mt warhead with a 1-m CEP (TKP = reliability 0.9) goes to a whole boat: 400 - 0.9 * 64 = 342.4.
        Force sea = force(row("RU", "Boats", "SLBM", 100, 400, 100, 100, 1, 10, 0.5, 16));
        Force a = force(row("US", "One", "ICBM", 1, 1, 1000, 1, 0.9, 2000, 0, 1));
        ExchangeResult r = Engagement.between(a, sea).exchange(a, sea, 0);
        assertThat(r.bySystem().get(0).untargetable()).isCloseTo(200, within(1e-9));
        assertThat(r.bySystem().get(0).aimpoints()).isEqualTo(4);
        assertThat(r.defenderSurvivingWarheads()).isCloseTo(342.4, within(1e-9));
    }

    @Test
    void bombersAndMissilesWithoutCep_neverStrikeCounterforce() {
        Force a = force(row("US", "Bomber", "HEAVY_BOMBER", 10, 100, 100, 100, 1, 5, 0, 10));
        ExchangeResult r = Engagement.between(a, TWO_SILOS).exchange(a, TWO_SILOS, 0);
        assertThat(r.attackerWarheadsUsed()).isZero();
        assertThat(r.weapons().get(0).counterforce()).isFalse();
        assertThat(r.defenderSurvivingWarheads()).isEqualTo(11.0);
    }

    @Test
    void singleWeaponType_greedyMatchesBruteForceOptimum_seeded() {
        Random rnd = new Random(20090406);
        for (int trial = 0; trial < 200; trial++) {
            int silos = 1 + rnd.nextInt(4);
            int warheads = rnd.nextInt(9);
            StringBuilder rows = new StringBuilder();
            long[] value = new long[silos];
            double[] hardness = new double[silos];
            for (int j = 0; j < silos; j++) {
                value[j] = 1 + rnd.nextInt(10);
                hardness[j] = 100 + rnd.nextInt(5000);
                rows.append(row("RU", "Silo" + j, "ICBM", 1, value[j], 100, 100, 1, hardness[j], 0, 1));
            }
            Force d = force(rows.toString());
            Force a = force(row("US", "W", "ICBM", warheads == 0 ? 0 : 1, warheads, 300, 150, 0.85, 1000, 0, 1));
            double[] p = new double[silos];
            for (int j = 0; j < silos; j++) {
                p[j] = org.treatylab.stability.effects.WeaponEffects.tkp(300, 150, 0.85, hardness[j]);
            }
            double best = brute(value, p, warheads, 0);
            double greedy = Engagement.between(a, d).exchange(a, d, 0).defenderSurvivingWarheads();
            assertThat(greedy).as("trial " + trial).isCloseTo(best, within(1e-9));
        }
    }

    /** Minimum expected survivors over every way of spreading {@code n} warheads on silos from {@code j} on. */
    private static double brute(long[] value, double[] p, int n, int j) {
        if (j == value.length) {
            return n == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= n; k++) {
            best = Math.min(best, value[j] * Math.pow(1 - p[j], k) + brute(value, p, n - k, j + 1));
        }
        return best;
    }
}
