package org.treatylab.app.stability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.LimitStep;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;

/**
 * What a treaty's ceilings mean for first-strike stability: both forces as they are, and both cut by a reduction
 * rule to the treaty's final warhead and deployed-delivery-vehicle ceilings, each assessed by the stability engine.
 */
final class TreatyStability {
    /** The quantities that cap all deployed strategic warheads: New START, SORT, START I counting. */
    static final List<String> WARHEAD_QUANTITIES = List.of("warheads", "deployed-warheads", "accountable-warheads");
    /** The quantities that cap deployed delivery vehicles: New START, START I counting. */
    static final List<String> VEHICLE_QUANTITIES = List.of("deployed-launchers", "sndv");

    private TreatyStability() {
    }

    static TreatyConsequences of(Treaty treaty, Sides sides, String source, ReductionRule rule) {
        Limit warheads = lowest(treaty, WARHEAD_QUANTITIES);
        Limit vehicles = lowest(treaty, VEHICLE_QUANTITIES);
        Force a = sides.a();
        Force b = sides.b();
        Engagement e = Stability.engagement(a, b);
        long wh = warheads == null ? Long.MAX_VALUE : warheads.finalCeiling();
        Long dv = vehicles == null ? null : vehicles.finalCeiling();
        boolean onePerBomber = onePerBomber(treaty);
        Force sa = Stability.scaleCounted(a, wh, dv, rule, onePerBomber);
        Force sb = Stability.scaleCounted(b, wh, dv, rule, onePerBomber);
        FirstStrikeParams params = FirstStrikeParams.DEFAULTS;
        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put(a.party().code(), Stability.counted(sa, onePerBomber));
        counted.put(b.party().code(), Stability.counted(sb, onePerBomber));
        return new TreatyConsequences(treaty.id(), treaty.name(), source, rule.id(), a.party().code(),
                b.party().code(), List.of(Sides.describe(a, source), Sides.describe(b, source)),
                new TreatyConsequences.Ceilings(ceiling(warheads), ceiling(vehicles)),
                StabilityViews.forces(a, b, e.assess(a, b, params)),
                StabilityViews.forces(sa, sb, e.assess(sa, sb, params)), List.of(StabilityViews.rule(rule)),
                onePerBomber ? "one per deployed bomber" : "the weapons they carry", counted,
                assumptions(warheads == null && vehicles == null, onePerBomber, params));
    }

    /**
     * Whether the treaty counts one warhead per deployed bomber: New START's rule (unless a draft chose to count the
     * weapons assigned). SORT counts the weapons; START I's discounts are not modelled here, so its bombers count the
     * weapons they carry (the conservative choice).
     */
    static boolean onePerBomber(Treaty treaty) {
        return "new-start".equals(treaty.counting())
                && !"assigned".equals(treaty.options().getOrDefault("bomber_warheads", "one"));
    }

    /** The treaty's limit on one of {@code quantities} with the lowest final ceiling, or null when none. */
    private static Limit lowest(Treaty treaty, List<String> quantities) {
        Limit best = null;
        for (Limit l : treaty.limits()) {
            if (quantities.contains(l.counts()) && (best == null || l.finalCeiling() < best.finalCeiling())) {
                best = l;
            }
        }
        return best;
    }

    private static TreatyConsequences.Ceiling ceiling(Limit limit) {
        if (limit == null) {
            return null;
        }
        LimitStep last = limit.steps().get(limit.steps().size() - 1);
        return new TreatyConsequences.Ceiling(limit.id(), limit.counts(), last.ceiling(), last.from());
    }

    private static List<String> assumptions(boolean noCeilings, boolean onePerBomber, FirstStrikeParams params) {
        List<String> out = new ArrayList<>();
        if (noCeilings) {
            out.add("the treaty sets no ceiling on all deployed warheads (" + String.join(", ", WARHEAD_QUANTITIES)
                    + ") or deployed delivery vehicles (" + String.join(", ", VEHICLE_QUANTITIES)
                    + "): the forces stay as they are");
        }
        out.add("each side is cut to the treaty's final ceilings (the lowest, when several limits cap the same"
                + " quantity); a side already below a ceiling keeps its forces");
        out.add(onePerBomber
                ? "the warhead ceiling caps warheads as the treaty counts them (missile re-entry vehicles and one per"
                        + " deployed bomber): each side keeps as many real warheads as fit, bomber weapons beyond one each"
                        + " included"
                : "the warhead ceiling caps missile re-entry vehicles and bomber weapons as loaded (START I's bomber"
                        + " discounts are not modelled)");
        out.addAll(Stability.modelAssumptions(params));
        return out;
    }
}
