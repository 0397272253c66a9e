package org.treatylab.talks.play;

import java.time.LocalDate;
import java.util.List;
import org.treatylab.domain.Party;
import org.treatylab.talks.terms.Terms;

/**
 * One move of the talks: the round (from 1) and its date, who moved, what ({@code offer}, {@code accept},
 * {@code end}), the terms concerned (null for an end) and their expected utility to each delegation (scenario order).
 */
public record TraceRow(int round, LocalDate date, Party party, String move, Terms terms, List<Double> utilities) {
    public TraceRow {
        utilities = utilities == null ? null : List.copyOf(utilities);
    }

    /** The first delegation's utility, or null. */
    public Double utilityA() {
        return utilities == null ? null : utilities.get(0);
    }

    /** The second delegation's utility, or null. */
    public Double utilityB() {
        return utilities == null ? null : utilities.get(1);
    }
}
