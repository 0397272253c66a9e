package org.treatylab.stability.force;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a force is brought under a warhead ceiling (and an optional ceiling on delivery vehicles). Each rule keeps
 * whole launchers and never raises a system's loading; the result is at or below the ceilings and, within each
 * rule's order, as close to them as whole launchers allow.
 */
public enum ReductionRule {
    /**
     * Every system loses the same share of its launchers and keeps its loading (largest remainders fill what
     * rounding leaves).
     */
    PROPORTIONAL("proportional", "every system cut by the same share of its launchers; loading kept"),
    /**
     * Sea-based forces are kept first: ICBMs and bombers are cut proportionally, and SLBMs only once nothing else is
     * left; likewise for a delivery-vehicle ceiling.
     */
    KEEP_SSBNS("keep-ssbns", "ICBMs and bombers cut proportionally first; SLBMs only when nothing else is left"),
    /**
     * MIRVed ICBMs are downloaded first, proportionally towards one warhead each with their launchers kept (the
     * single-warhead ICBM force START II would have required); only then are launchers cut proportionally. A
     * delivery-vehicle ceiling is met by proportional launcher cuts.
     */
    DE_MIRV("de-mirv", "MIRVed ICBMs downloaded towards one warhead each first; then a proportional cut");

    private final String id;
    private final String description;

    ReductionRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /**
     * Parses a rule id ({@code proportional}, {@code keep-ssbns}, {@code de-mirv}), case and '_' ignored.
     *
     * @throws IllegalArgumentException naming the value and the known ids
     */
    public static ReductionRule parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ReductionRule r : values()) {
            if (r.id.equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reduction rule '" + text.trim() + "' (expected one of "
                + Arrays.stream(values()).map(ReductionRule::id).toList() + ")");
    }
}
