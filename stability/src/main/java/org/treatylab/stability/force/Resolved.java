package org.treatylab.stability.force;

import java.util.Objects;

/**
 * A parameter value as the engine uses it, with its origin. A missing value is NaN with origin {@link
 * Origin.Kind#MISSING}.
 */
public record Resolved(double value, Origin origin) {

    public Resolved {
        Objects.requireNonNull(origin, "origin");
        if (Double.isNaN(value) != (origin.kind() == Origin.Kind.MISSING)) {
            throw new IllegalArgumentException("a value is NaN exactly when it is missing, got " + value + " from "
                    + origin.describe());
        }
    }

    public static Resolved missing() {
        return new Resolved(Double.NaN, new Origin(Origin.Kind.MISSING, "", null, ""));
    }

    public boolean isPresent() {
        return !Double.isNaN(value);
    }
}
