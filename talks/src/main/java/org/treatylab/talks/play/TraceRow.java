package org.treatylab.talks.play;

import java.time.LocalDate;
import org.treatylab.domain.Party;
import org.treatylab.talks.terms.Terms;

/**
 * One move of the talks: the round (from 1) and its date, who moved, what ({@code offer}, {@code accept},
 * {@code end}), the terms concerned (null for an end) and their utility to each delegation.
 */
public record TraceRow(int round, LocalDate date, Party party, String move, Terms terms, Double utilityA,
        Double utilityB) {
}
