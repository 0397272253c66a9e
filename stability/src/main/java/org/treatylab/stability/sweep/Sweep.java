package org.treatylab.stability.sweep;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.Reduction;
import org.treatylab.stability.force.ReductionRule;

/**
 * Scales two forces to a series of warhead ceilings by each reduction rule and assesses every pair: survivors of a
 * first strike on each side and the first-strike stability index.
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * Runs a sweep.
     *
     * @param ceilings warhead ceilings applied to both sides (a side already below one stays as it is)
     * @param cutShares shares of each side's own warheads to remove (0.9 = "a 90 percent cut"), may be empty
     * @param launcherCeiling a delivery-vehicle ceiling applied at every point, or null
     */
    public static SweepReport run(Force a, Force b, List<Long> ceilings, List<Double> cutShares,
            List<ReductionRule> rules, Long launcherCeiling, FirstStrikeParams params) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one reduction rule");
        }
        for (double c : cutShares) {
            if (!(c >= 0 && c < 1)) {
                throw new IllegalArgumentException("cut share must be within [0, 1), got " + c);
            }
        }
        Engagement e = Engagement.between(a, b);
        List<SweepPoint> points = new ArrayList<>();
        for (ReductionRule rule : rules) {
            for (long ceiling : ceilings) {
                Force sa = Reduction.scale(a, ceiling, launcherCeiling, rule);
                Force sb = Reduction.scale(b, ceiling, launcherCeiling, rule);
                points.add(new SweepPoint(rule, ceiling, null, sa, sb, e.assess(sa, sb, params)));
            }
        }
        for (ReductionRule rule : rules) {
            for (double cut : cutShares) {
                Force sa = Reduction.scale(a, kept(a, cut), launcherCeiling, rule);
                Force sb = Reduction.scale(b, kept(b, cut), launcherCeiling, rule);
                points.add(new SweepPoint(rule, null, cut, sa, sb, e.assess(sa, sb, params)));
            }
        }
        return new SweepReport(a, b, params, launcherCeiling, points);
    }

    private static long kept(Force f, double cut) {
        return Math.round(f.totalWarheads() * (1 - cut));
    }
}
