package org.treatylab.stability.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatylab.stability.TestForces.force;
import static org.treatylab.stability.TestForces.row;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.stability.TestForces;

class ReductionTest {
    private final Force us = TestForces.shipped("us-russia-2009", Party.US);

    /** Silos 100 x 1, boats 100 x 4, bombers 10 x 10: 100 + 400 + 100 = 600 warheads on 210 vehicles. */
    private static final Force SMALL = force(row("US", "Silo", "ICBM", 100, 100, 300, 120, 0.8, 2000, 0, 1)
            + row("US", "Boat", "SLBM", 100, 400, 100, 100, 0.8, 10, 0.5, 16)
            + row("US", "Bomber", "HEAVY_BOMBER", 10, 100, 100, 100, 0.8, 5, 0, 10));

    @Test
    void proportional_halfTheWarheads_halfOfEveryLauncherCount() {
        Force f = Reduction.scale(SMALL, 300, null, ReductionRule.PROPORTIONAL);
        assertThat(f.systems()).extracting(ForceSystem::launchers).containsExactly(50L, 50L, 5L);
        assertThat(f.systems()).extracting(ForceSystem::warheads).containsExactly(50L, 200L, 50L);
        assertThat(f.sharesProfilesWith(SMALL)).isTrue();
    }

    @Test
    void keepSsbns_cutsSilosAndBombersFirst() {
        // 400 SLBM warheads fit under 450, so the other 200 are cut to 50: a quarter of each, silos 25 of 100 and
        // bombers floor(2.5) = 2 of 10 (20 warheads), 45 in all; a third bomber (+10) would pass 50, five more silos
        // (+5) fit: silos 30, bombers 2, boats untouched, 450 in all.
        Force f = Reduction.scale(SMALL, 450, null, ReductionRule.KEEP_SSBNS);
        assertThat(f.system(1).warheads()).isEqualTo(400);
        assertThat(f.totalWarheads()).isEqualTo(450);
        assertThat(f.system(0).launchers()).isEqualTo(30);
        assertThat(f.system(2).launchers()).isEqualTo(2);
        Force g = Reduction.scale(SMALL, 200, null, ReductionRule.KEEP_SSBNS);
        assertThat(g.system(0).launchers()).isZero();
        assertThat(g.system(2).launchers()).isZero();
        assertThat(g.system(1).warheads()).isEqualTo(200);
    }

    @Test
    void deMirv_downloadsIcbmsBeforeCuttingLaunchers() {
        // Heavy ICBMs 50 x 10 and boats 100 x 4: 900 warheads. Downloading the ICBMs can shed up to 450 (to one
        // each); 700 needs 200 of them: shared factor (700 - 400 - 50) / 450, the ICBMs keep 50 + 250 = 300.
        Force mirved = force(row("RU", "Heavy", "HEAVY_ICBM", 50, 500, 500, 200, 0.8, 2000, 0, 1)
                + row("RU", "Boat", "SLBM", 100, 400, 100, 100, 0.8, 10, 0.5, 16));
        Force f = Reduction.scale(mirved, 700, null, ReductionRule.DE_MIRV);
        assertThat(f.system(0).launchers()).isEqualTo(50);
        assertThat(f.system(0).warheads()).isEqualTo(300);
        assertThat(f.system(1).warheads()).isEqualTo(400);
        // Below 450 (one warhead per ICBM plus the boats), launchers are cut proportionally from there.
        Force g = Reduction.scale(mirved, 300, null, ReductionRule.DE_MIRV);
        assertThat(g.system(0).warheads()).isEqualTo(g.system(0).launchers());
        assertThat(g.totalWarheads()).isEqualTo(300);
        // SLBMs are not downloaded: a force without MIRVed ICBMs is cut as by the proportional rule.
        assertThat(Reduction.scale(SMALL, 300, null, ReductionRule.DE_MIRV))
                .isEqualTo(Reduction.scale(SMALL, 300, null, ReductionRule.PROPORTIONAL));
    }

    @Test
    void deliveryVehicleCeiling_appliedAfterWarheads() {
        Force f = Reduction.scale(SMALL, 10_000, 105L, ReductionRule.PROPORTIONAL);
        assertThat(f.totalLaunchers()).isEqualTo(105);
        assertThat(f.systems()).extracting(ForceSystem::launchers).containsExactly(50L, 50L, 5L);
        Force g = Reduction.scale(SMALL, 10_000, 105L, ReductionRule.KEEP_SSBNS);
        assertThat(g.system(1).launchers()).isEqualTo(100);
        assertThat(g.totalLaunchers()).isEqualTo(105);
    }

    @Test
    void withinCeilings_unchanged_badCeiling_refused() {
        assertThat(Reduction.scale(us, 6000, 1000L, ReductionRule.PROPORTIONAL)).isEqualTo(us);
        assertThatThrownBy(() -> Reduction.scale(us, -1, null, ReductionRule.PROPORTIONAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReductionRule.parse("Keep_SSBNs")).isEqualTo(ReductionRule.KEEP_SSBNS);
        assertThatThrownBy(() -> ReductionRule.parse("random")).hasMessage(
                "unknown reduction rule 'random' (expected one of [proportional, keep-ssbns, de-mirv])");
    }

    @Test
    void everyRule_randomForcesAndCeilings_withinCeilingAndNoSystemGrows_seeded() {
        Random rnd = new Random(500);
        for (int trial = 0; trial < 300; trial++) {
            Force f = TestForces.random(rnd, "US", 1 + rnd.nextInt(12));
            long ceiling = rnd.nextInt((int) f.totalWarheads() + 50);
            Long dv = rnd.nextBoolean() ? null : (long) rnd.nextInt((int) f.totalLaunchers() + 10);
            for (ReductionRule rule : ReductionRule.values()) {
                Force s = Reduction.scale(f, ceiling, dv, rule);
                String what = "trial " + trial + " " + rule + " ceiling " + ceiling + " dv " + dv;
                assertThat(s.totalWarheads()).as(what).isLessThanOrEqualTo(ceiling);
                if (dv != null) {
                    assertThat(s.totalLaunchers()).as(what).isLessThanOrEqualTo(dv);
                }
                long maxLoad = 0;
                for (int i = 0; i < f.size(); i++) {
                    assertThat(s.system(i).launchers()).as(what).isLessThanOrEqualTo(f.system(i).launchers());
                    assertThat(s.system(i).warheads()).as(what).isLessThanOrEqualTo(f.system(i).warheads());
                    maxLoad = Math.max(maxLoad, (long) Math.ceil(f.system(i).warheadsPerLauncher()));
                }
                if (dv == null && rule != ReductionRule.KEEP_SSBNS) {
                    // whole launchers leave less than one launcher's load per system unfilled
                    assertThat(s.totalWarheads()).as(what)
                            .isGreaterThanOrEqualTo(Math.min(ceiling, f.totalWarheads()) - maxLoad * f.size());
                }
                if (rule == ReductionRule.KEEP_SSBNS) {
                    long sea = 0;
                    for (int i = 0; i < f.size(); i++) {
                        sea += f.system(i).profile().category() == Category.SLBM ? f.system(i).warheads() : 0;
                    }
                    long seaKept = 0;
                    for (int i = 0; i < s.size(); i++) {
                        seaKept += s.system(i).profile().category() == Category.SLBM ? s.system(i).warheads() : 0;
                    }
                    if (dv == null) {
                        assertThat(seaKept).as(what).isGreaterThanOrEqualTo(Math.min(sea, ceiling) - maxLoad * f.size());
                    }
                }
            }
        }
    }
}
