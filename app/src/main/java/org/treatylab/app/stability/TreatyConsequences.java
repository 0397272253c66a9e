package org.treatylab.app.stability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * What a treaty's ceilings mean for first-strike stability: both sides as they are and cut to the treaty's final
 * ceilings (the JSON of {@code POST /api/stability/treaty} and {@code treatylab stability treaty}).
 *
 * @param posture how the postures were named
 * @param bombersCount how the warhead ceiling counts bombers
 * @param countedWarheadsUnderTreaty each side's warheads as the treaty counts them, after the cut
 */
public record TreatyConsequences(String treaty, String treatyName, String posture, String rule, String a, String b,
        List<String> sides, Ceilings ceilings, ForcesView asIs, ForcesView underTreaty, List<RuleView> rules,
        String bombersCount, Map<String, Long> countedWarheadsUnderTreaty, List<String> assumptions) {
    public TreatyConsequences {
        sides = List.copyOf(sides);
        rules = List.copyOf(rules);
        countedWarheadsUnderTreaty = Copies.ordered(countedWarheadsUnderTreaty);
        assumptions = List.copyOf(assumptions);
    }

    /** The treaty's ceilings on all deployed warheads and on deployed delivery vehicles; null when it has none. */
    public record Ceilings(Ceiling warheads, Ceiling deliveryVehicles) {
    }

    /** A limit's final step. */
    public record Ceiling(String limit, String counts, long ceiling, LocalDate from) {
    }
}
