package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatylab.app.common.Copies;

/**
 * A treaty as the contract shows it.
 *
 * @param options the counting options the treaty sets (others take the rule set's defaults)
 * @param endDate the first day it is no longer in force: the earlier of expiry and termination, or null
 * @param draft false for a shipped treaty, true for a draft (kept by the server, or read from a file or text)
 */
public record TreatyView(String id, String name, List<String> parties, LocalDate signed, LocalDate entryIntoForce,
        LocalDate expiry, LocalDate termination, LocalDate endDate, String counting, Map<String, String> options, List<TreatyLimit> limits,
        List<String> sources, String notes, boolean draft) {
    public TreatyView {
        Objects.requireNonNull(id, "id");
        parties = List.copyOf(parties);
        options = Copies.ordered(options);
        limits = List.copyOf(limits);
        sources = List.copyOf(sources);
    }

    /**
     * One limit with its dated ceilings.
     *
     * @param counts the quantity it caps
     * @param ceiling the final ceiling (the common one)
     * @param byParty a party's own ceilings, replacing the common ones for it (an empty list: not limited by this
     *     limit), by party code in report order; empty when every party has the common ceilings
     */
    public record TreatyLimit(String id, String counts, String description, LocalDate bindingFrom, long ceiling,
            List<CeilingStep> steps, List<String> sources, Map<String, List<CeilingStep>> byParty) {
        public TreatyLimit {
            steps = List.copyOf(steps);
            sources = List.copyOf(sources);
            Map<String, List<CeilingStep>> own = new java.util.LinkedHashMap<>();
            byParty.forEach((k, v) -> own.put(k, List.copyOf(v)));
            byParty = Copies.ordered(own);
        }
    }

    /** A ceiling from a date, with its status ({@code confirmed}, {@code estimate}, {@code assumption}). */
    public record CeilingStep(LocalDate from, long ceiling, String status, String note) {
    }
}
