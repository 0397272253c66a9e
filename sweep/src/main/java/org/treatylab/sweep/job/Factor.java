package org.treatylab.sweep.job;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a job's {@code vary} list: an uncertain input and how it is drawn.
 *
 * @param name the input's name in results and indices
 * @param parameter what it sets: a system parameter ({@code yield_kt}, ..., {@code warheads_per_launcher}), a
 *     first-strike parameter ({@code damage_exponent}, ...), a talks weight ({@code weight}) or a function input
 * @param party the party whose systems (or delegation) it applies to, or "*" for every party
 * @param systems the systems it applies to (names as in the posture), or empty for every system with a value; for
 *     a talks weight, the criteria
 * @param relative true when a draw multiplies the base value instead of replacing it
 * @param shared true when one draw applies to every matched system (one input); false for one input per system
 * @param rationale why this distribution: the job's stated assumption
 */
public record Factor(String name, String parameter, String party, List<String> systems, Distribution distribution,
        boolean relative, boolean shared, String rationale) implements Serializable {

    public Factor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(party, "party");
        systems = List.copyOf(systems);
        Objects.requireNonNull(distribution, "distribution");
        rationale = rationale == null ? "" : rationale;
    }
}
