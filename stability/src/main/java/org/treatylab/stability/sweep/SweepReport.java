package org.treatylab.stability.sweep;

import java.util.List;
import java.util.Optional;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;

/**
 * The result of a sweep: the full forces, the parameters, and one point per rule and ceiling (ceilings in the order
 * given, rules in the order given), followed by the cut points.
 *
 * @param launcherCeiling the delivery-vehicle ceiling applied at every point, or null
 */
public record SweepReport(Force a, Force b, FirstStrikeParams params, Long launcherCeiling, List<SweepPoint> points) {

    public SweepReport {
        points = List.copyOf(points);
    }

    /** The point of one rule at one warhead ceiling, if the sweep has it. */
    public Optional<SweepPoint> at(ReductionRule rule, long ceiling) {
        return points.stream().filter(p -> p.rule() == rule && p.ceiling() != null && p.ceiling() == ceiling)
                .findFirst();
    }

    public List<ReductionRule> rules() {
        return points.stream().map(SweepPoint::rule).distinct().toList();
    }
}
