package org.treatylab.talks.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What a delegation values in a treaty. Each criterion scores an outcome in [0, 1]. A <em>derived</em> criterion is
 * computed by an engine from the terms (see {@link #DERIVED}); any other criterion is named after a {@code choice}
 * or {@code count} issue of the scenario and scores that options by the delegation's documented ranking.
 *
 * @param key the name used in scenario files ({@code weight.KEY}) and reports
 */
public record Criterion(String key) {
    /** Own warheads surviving the other side's first strike, against a requirement, diminishing above it. */
    public static final Criterion SURVIVABILITY = new Criterion("survivability");
    /** The Kent &amp; Thaler first-strike stability index of the restructured forces. */
    public static final Criterion STABILITY = new Criterion("stability");
    /** Own upload potential kept (warheads that could be added to launchers kept): a hedge. */
    public static final Criterion UPLOAD_HEDGE = new Criterion("upload_hedge");
    /** The other side's upload potential: a threat (1 = none). */
    public static final Criterion UPLOAD_THREAT = new Criterion("upload_threat");
    /** 1 minus the cost of maintaining the restructured forces, relative to keeping everything at capacity. */
    public static final Criterion FORCE_COST = new Criterion("force_cost");
    /** Not being behind the other side in counted warheads and deployed launchers (min(1, own / other), mean). */
    public static final Criterion PARITY = new Criterion("parity");
    /** The political value of a headline cut below the limits in force before the treaty. */
    public static final Criterion HEADLINE_CUT = new Criterion("headline_cut");
    /** The probability of detecting the other side's cheating within a year (inspection planner). */
    public static final Criterion VERIFICATION = new Criterion("verification");
    /** 1 minus the cost of inspections, telemetry and identifiers on its own territory. */
    public static final Criterion INTRUSIVENESS = new Criterion("intrusiveness");

    /** The criteria computed by engines, in report order. */
    public static final List<Criterion> DERIVED = List.of(SURVIVABILITY, STABILITY, UPLOAD_HEDGE, UPLOAD_THREAT,
            FORCE_COST, PARITY, HEADLINE_CUT, VERIFICATION, INTRUSIVENESS);

    public Criterion {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("criterion must be lower-case letters, digits and '_', got '" + key
                    + "'");
        }
    }

    /** True for a criterion an engine computes; false for a ranked issue. */
    public boolean derived() {
        return DERIVED.contains(this);
    }

    /** The derived criterion named {@code text}, if any. */
    public static java.util.Optional<Criterion> derived(String text) {
        return DERIVED.stream().filter(c -> c.key.equals(text.trim())).findFirst();
    }

    /** The derived criteria's keys, for messages. */
    public static List<String> derivedKeys() {
        return DERIVED.stream().map(Criterion::key).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
