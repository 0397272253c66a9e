package org.treatylab.stability.sweep;

import java.util.Objects;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;

/**
 * One row of a sweep: both forces scaled by one rule to one ceiling (or cut by one share), and their assessment.
 *
 * @param ceiling the warhead ceiling applied to both sides, or null for a cut by a share of each side's own forces
 * @param cutShare the share of each side's warheads removed, or null for a ceiling
 */
public record SweepPoint(ReductionRule rule, Long ceiling, Double cutShare, Force a, Force b, Assessment assessment) {

    public SweepPoint {
        Objects.requireNonNull(rule, "rule");
        if ((ceiling == null) == (cutShare == null)) {
            throw new IllegalArgumentException("a sweep point has either a ceiling or a cut share, got " + ceiling
                    + " and " + cutShare);
        }
        Objects.requireNonNull(assessment, "assessment");
    }

    /** "500" for a ceiling, "90% cut" for a cut. */
    public String label() {
        return ceiling != null ? Long.toString(ceiling)
                : Math.round(cutShare * 100) + "% cut";
    }
}
