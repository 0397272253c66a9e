package org.treatylab.talks.restructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;

class RestructurerTest {
    private static final Objective SURVIVE_ONLY = new Objective(1, 100, 0, 100, 0, 0.2, 0.05);

    private static Inventory inv(Holding... hs) {
        return new Inventory(Party.US, List.of(hs));
    }

    @Test
    void diminishing_isHalfAtTheReference_andEachDoublingAddsHalfAsMuch_workedByHand() {
        assertThat(Diminishing.value(0, 100)).isZero();
        assertThat(Diminishing.value(50, 100)).isCloseTo(0.25, offset(1e-12));
        assertThat(Diminishing.value(100, 100)).isCloseTo(0.5, offset(1e-12));
        assertThat(Diminishing.value(150, 100)).isCloseTo(0.625, offset(1e-12));
        assertThat(Diminishing.value(200, 100)).isCloseTo(0.75, offset(1e-12));
        assertThat(Diminishing.value(400, 100)).isCloseTo(0.875, offset(1e-12));
        assertThat(Diminishing.value(800, 100)).isCloseTo(0.9375, offset(1e-12));
        assertThat(Diminishing.value(5000, 100)).isCloseTo(0.9375, offset(1e-12));
    }

    @Test
    void survivabilityOnly_loadsEverythingWithoutCeilings_andTheSurvivableSystemFirstUnderOne_workedByHand() {
        Holding slbm = new Holding("slbm", Category.SLBM, 50, 50, 1, 8, 0.6, 2);
        Holding icbm = new Holding("icbm", Category.ICBM, 100, 100, 1, 3, 0.1, 1);
        Restructured free = Restructurer.best(inv(slbm, icbm), Ceilings.NONE, SURVIVE_ONLY);
        // Everything at capacity: S = 0.6 * 400 + 0.1 * 300 = 270; D(270 / 100) = 0.75 + 0.125 * 70 / 200.
        assertThat(free.bestValue()).isCloseTo(0.75 + 0.125 * 70 / 200, offset(1e-9));
        assertThat(free.kept().get(0).warheads()).isEqualTo(400);
        // 300 counted warheads: all on the SLBMs (their warheads survive six times as well), no ICBM deployed
        // (a deployed ICBM would carry at least one warhead): S = 180, D = 0.5 + 0.25 * 80 / 100 = 0.7.
        Restructured capped = Restructurer.best(inv(slbm, icbm), new Ceilings(300L, null, null, true), SURVIVE_ONLY);
        assertThat(capped.bestValue()).isCloseTo(0.7, offset(1e-9));
        assertThat(capped.kept().get(0).warheads()).isEqualTo(300);
        assertThat(capped.kept().get(1).deployed()).isZero();
        assertThat(capped.value()).isCloseTo(0.7, offset(1e-9));
    }

    @Test
    void hedge_keepsDeDeployedLaunchersAsNonDeployed_unlessATotalCeilingForbids_workedByHand() {
        Holding icbm = new Holding("icbm", Category.ICBM, 100, 100, 1, 3, 0, 1);
        Objective hedgeOnly = new Objective(0, 100, 1, 1000, 0, 0.2, 0.05);
        // Valuing only the hedge, a deployed missile (at least one warhead, headroom 2) is worth less than an empty
        // launcher kept in reserve (headroom 3): under a ceiling of 40 deployed, all 100 are kept non-deployed:
        // U = 300 against a reference of 1000: D = 0.5 * 0.3 = 0.15.
        Restructured r = Restructurer.best(inv(icbm), new Ceilings(null, 40L, null, true), hedgeOnly);
        assertThat(r.bestValue()).isCloseTo(0.15, offset(1e-9));
        assertThat(r.kept().get(0).nonDeployed()).isEqualTo(100);
        assertThat(r.deployed()).isZero();
        // A total-launcher ceiling of 50 keeps 50: U = 150, D = 0.075.
        Restructured t = Restructurer.best(inv(icbm), new Ceilings(null, 40L, 50L, true), hedgeOnly);
        assertThat(t.bestValue()).isCloseTo(0.075, offset(1e-9));
        assertThat(t.total()).isEqualTo(50);
        // Valuing survival too, the 40 deployed carry their warheads: 40 x 3 at survival 0.5 = 60 survivors.
        Holding survivable = new Holding("icbm", Category.ICBM, 100, 100, 1, 3, 0.5, 1);
        Objective both = new Objective(1, 100, 1, 1000, 0, 0.2, 0.05);
        Restructured s = Restructurer.best(inv(survivable), new Ceilings(null, 40L, null, true), both);
        assertThat(s.deployed()).isEqualTo(40);
        assertThat(s.kept().get(0).warheads()).isEqualTo(120);
        assertThat(s.kept().get(0).nonDeployed()).isEqualTo(60);
        // 0.5 * 60 / 100 + 0.5 * 180 / 1000
        assertThat(s.bestValue()).isCloseTo(0.3 + 0.09, offset(1e-9));
    }

    @Test
    void bombers_countOneUnderNewStartRules_butTheirWeaponsUnderWeaponsAssigned() {
        Holding bomber = new Holding("bomber", Category.HEAVY_BOMBER, 20, 20, 0, 16, 0.5, 2);
        Restructured one = Restructurer.best(inv(bomber), new Ceilings(100L, null, null, true), SURVIVE_ONLY);
        assertThat(one.kept().get(0).deployed()).isEqualTo(20);
        assertThat(one.counted()).isEqualTo(20);
        Restructured assigned = Restructurer.best(inv(bomber), new Ceilings(100L, null, null, false), SURVIVE_ONLY);
        assertThat(assigned.counted()).isLessThanOrEqualTo(100);
        assertThat(assigned.kept().get(0).deployed()).isEqualTo(6);
    }

    private static Inventory random(Random rnd) {
        List<Holding> hs = new ArrayList<>();
        int n = 1 + rnd.nextInt(5);
        Category[] cats = Category.values();
        for (int i = 0; i < n; i++) {
            Category c = cats[rnd.nextInt(cats.length)];
            long dep = rnd.nextInt(300);
            long launchers = dep + rnd.nextInt(80);
            int cap = c.isBomber() ? 1 + rnd.nextInt(20) : 1 + rnd.nextInt(10);
            hs.add(new Holding("s" + i, c, dep, launchers, c.isBomber() ? 0 : 1, cap, rnd.nextDouble(),
                    0.5 + 2 * rnd.nextDouble()));
        }
        return new Inventory(Party.RU, hs);
    }

    private static Objective randomObjective(Random rnd) {
        return new Objective(rnd.nextDouble(), 50 + rnd.nextInt(500), rnd.nextDouble(), 50 + rnd.nextInt(800),
                rnd.nextDouble(), 0.1 + 0.3 * rnd.nextDouble(), 0.02 + 0.1 * rnd.nextDouble(), rnd.nextDouble(),
                rnd.nextBoolean() ? 0 : 100 + rnd.nextInt(2000), 50 + rnd.nextInt(800));
    }

    private static Long maybe(Random rnd, int bound) {
        return rnd.nextInt(4) == 0 ? null : (long) rnd.nextInt(bound);
    }

    @Test
    void property_aLowerCeilingNeverRaisesTheBestValue_andNoArrangementViolatesACeiling_onSeededRandomForces() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 400; trial++) {
            Inventory inv = random(rnd);
            Objective o = randomObjective(rnd);
            boolean one = rnd.nextBoolean();
            Ceilings hi = new Ceilings(maybe(rnd, 3000), maybe(rnd, 1000), maybe(rnd, 1200), one);
            Ceilings lo = new Ceilings(lower(rnd, hi.warheads()), lower(rnd, hi.deployed()), lower(rnd, hi.total()), one);
            assertThat(lo.atMost(hi)).isTrue();
            Restructured a = Restructurer.best(inv, hi, o);
            Restructured b = Restructurer.best(inv, lo, o);
            assertThat(b.bestValue()).as("trial %d: %s vs %s", trial, lo, hi).isLessThanOrEqualTo(a.bestValue() + 1e-9);
            for (Restructured r : List.of(a, b)) {
                Ceilings c = r.ceilings();
                if (c.warheads() != null) {
                    assertThat(r.counted()).as("trial %d", trial).isLessThanOrEqualTo(c.warheads());
                }
                if (c.deployed() != null) {
                    assertThat(r.deployed()).isLessThanOrEqualTo(c.deployed());
                }
                if (c.total() != null) {
                    assertThat(r.total()).isLessThanOrEqualTo(c.total());
                }
                assertThat(r.value()).isLessThanOrEqualTo(r.bestValue() + 1e-9);
                for (int j = 0; j < r.kept().size(); j++) {
                    Kept k = r.kept().get(j);
                    Holding h = inv.holdings().get(j);
                    assertThat(k.deployed()).isLessThanOrEqualTo(h.deployed());
                    assertThat(k.deployed() + k.nonDeployed()).isLessThanOrEqualTo(h.launchers());
                    if (!h.bomber()) {
                        assertThat(k.warheads()).isBetween(h.minLoading() * k.deployed(), h.capacity() * k.deployed());
                    }
                }
            }
        }
    }

    private static Long lower(Random rnd, Long v) {
        if (v == null) {
            return rnd.nextBoolean() ? null : (long) rnd.nextInt(2000);
        }
        return (long) rnd.nextInt((int) (long) v + 1);
    }

    /** Every whole arrangement of a tiny inventory, for the oracle below. */
    private static double bruteForce(Inventory inv, Ceilings c, Objective o) {
        List<Holding> hs = inv.holdings();
        double best = Double.NEGATIVE_INFINITY;
        List<List<Kept>> all = new ArrayList<>();
        all.add(new ArrayList<>());
        for (Holding h : hs) {
            List<List<Kept>> next = new ArrayList<>();
            for (List<Kept> partial : all) {
                for (long n = 0; n <= h.deployed(); n++) {
                    for (long m = 0; n + m <= h.launchers(); m++) {
                        long wlo = h.bomber() ? n * h.capacity() : h.minLoading() * n;
                        long whi = h.bomber() ? n * h.capacity() : h.capacity() * n;
                        for (long w = wlo; w <= whi; w++) {
                            List<Kept> k = new ArrayList<>(partial);
                            k.add(new Kept(h.system(), h.category(), n, m, w));
                            next.add(k);
                        }
                    }
                }
            }
            all = next;
        }
        for (List<Kept> k : all) {
            long counted = Restructurer.counted(k, c.onePerBomber());
            long dep = k.stream().mapToLong(Kept::deployed).sum();
            long tot = k.stream().mapToLong(x -> x.deployed() + x.nonDeployed()).sum();
            if ((c.warheads() == null || counted <= c.warheads()) && (c.deployed() == null || dep <= c.deployed())
                    && (c.total() == null || tot <= c.total())) {
                best = Math.max(best, Restructurer.value(inv, k, o, c.onePerBomber()));
            }
        }
        return best;
    }

    @Test
    void property_theRelaxedOptimumBoundsEveryWholeArrangement_bruteForceOnTinyForces() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 150; trial++) {
            List<Holding> hs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Category c = rnd.nextBoolean() ? Category.ICBM : rnd.nextBoolean() ? Category.SLBM : Category.HEAVY_BOMBER;
                long dep = rnd.nextInt(4);
                hs.add(new Holding("t" + i, c, dep, dep + rnd.nextInt(2), c.isBomber() ? 0 : 1, 1 + rnd.nextInt(3),
                        rnd.nextDouble(), 1 + rnd.nextDouble()));
            }
            Inventory inv = new Inventory(Party.US, hs);
            Objective o = new Objective(rnd.nextDouble(), 1 + rnd.nextInt(5), rnd.nextDouble(), 1 + rnd.nextInt(5),
                    rnd.nextDouble(), 0.2, 0.05, rnd.nextDouble(), 1 + rnd.nextInt(6), 1 + rnd.nextInt(4));
            Ceilings c = new Ceilings(maybe(rnd, 12), maybe(rnd, 8), maybe(rnd, 9), rnd.nextBoolean());
            Restructured r = Restructurer.best(inv, c, o);
            double brute = bruteForce(inv, c, o);
            assertThat(brute).as("trial %d", trial).isLessThanOrEqualTo(r.bestValue() + 1e-9);
            assertThat(r.value()).as("trial %d", trial).isLessThanOrEqualTo(brute + 1e-9);
        }
    }
}
