package org.treatylab.talks.scenario;

import java.util.Locale;

/**
 * What a delegation values in a treaty. Each criterion scores an outcome in [0, 1] from an engine's result;
 * a delegation's documented weights combine them.
 */
public enum Criterion {
    /** 1 minus the share of its own counted forces the treaty makes it cut (counting engine). */
    OWN_CUTS,
    /** The share of the other side's counted forces the treaty makes it cut (counting engine). */
    OTHER_CUTS,
    /** Its warheads surviving a first strike by the other side at the treaty's ceilings, relative to no treaty
     * (stability engine). */
    SURVIVABILITY,
    /** The first-strike stability index at the treaty's ceilings (stability engine). */
    STABILITY,
    /** The probability of detecting the other side's cheating within a year (inspection planner). */
    VERIFICATION,
    /** 1 minus the cost of inspections, telemetry and identifiers on its own territory. */
    INTRUSIVENESS,
    /** Its stated position on missile defence, as a documented ranking of the options. */
    MISSILE_DEFENSE,
    /** Its stated preference on the treaty's duration, as a documented ranking. */
    DURATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the text and the known criteria */
    public static Criterion parse(String text) {
        for (Criterion c : values()) {
            if (c.key().equals(text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown criterion '" + text + "' (known: "
                + java.util.Arrays.stream(values()).map(Criterion::key).toList() + ")");
    }
}
