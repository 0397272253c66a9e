package org.treatylab.stability.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Party;
import org.treatylab.stability.TestForces;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.Reduction;
import org.treatylab.stability.force.ReductionRule;

class SweepTest {
    private final Force us = TestForces.shipped("us-russia-2009", Party.US);
    private final Force ru = TestForces.shipped("us-russia-2009", Party.RU);
    private final List<Long> ceilings = List.of(6000L, 3000L, 1550L, 1000L, 500L, 300L);

    @Test
    void shipped2009_everyRuleAndCeiling_pointsWithinCeilingsAndBounds() {
        SweepReport r = Sweep.run(us, ru, ceilings, List.of(0.9), List.of(ReductionRule.PROPORTIONAL,
                ReductionRule.KEEP_SSBNS), null, FirstStrikeParams.DEFAULTS);
        assertThat(r.points()).hasSize(2 * ceilings.size() + 2);
        for (SweepPoint p : r.points()) {
            if (p.ceiling() != null) {
                assertThat(p.a().totalWarheads()).isLessThanOrEqualTo(p.ceiling());
                assertThat(p.b().totalWarheads()).isLessThanOrEqualTo(p.ceiling());
            }
            assertThat(p.assessment().survivorsA()).isBetween(0.0, (double) p.a().totalWarheads());
            assertThat(p.assessment().survivorsB()).isBetween(0.0, (double) p.b().totalWarheads());
            assertThat(p.assessment().index()).isBetween(0.0, 1.0);
        }
        SweepPoint cut = r.points().get(r.points().size() - 2);
        assertThat(cut.label()).isEqualTo("90% cut");
        assertThat(cut.a().totalWarheads()).isLessThanOrEqualTo(Math.round(us.totalWarheads() * 0.1));
        // Both forces of 2009 exceed 1,550 but not 3,000: the two largest ceilings leave them as they are.
        assertThat(r.at(ReductionRule.PROPORTIONAL, 6000).orElseThrow().a()).isEqualTo(us);
        assertThat(r.at(ReductionRule.PROPORTIONAL, 500).orElseThrow().assessment())
                .isEqualTo(Engagement.between(us, ru).assess(Reduction.scale(us, 500, null, ReductionRule.PROPORTIONAL),
                        Reduction.scale(ru, 500, null, ReductionRule.PROPORTIONAL), FirstStrikeParams.DEFAULTS));
    }

    @Test
    void shipped2009_keepingSsbnsAt500_moreSurvivorsThanProportionalCuts() {
        // Cutting silos and bombers first leaves mostly boats, a share of them at sea: more of each force survives.
        SweepReport r = Sweep.run(us, ru, List.of(500L), List.of(), List.of(ReductionRule.PROPORTIONAL,
                ReductionRule.KEEP_SSBNS), null, FirstStrikeParams.DEFAULTS);
        var prop = r.at(ReductionRule.PROPORTIONAL, 500).orElseThrow().assessment();
        var sea = r.at(ReductionRule.KEEP_SSBNS, 500).orElseThrow().assessment();
        assertThat(sea.survivorsA()).isGreaterThan(prop.survivorsA());
        assertThat(sea.survivorsB()).isGreaterThan(prop.survivorsB());
    }
}
