package org.treatylab.talks.scenario;

import java.util.Objects;

/**
 * A model input given in a scenario file as {@code NAME = NUMBER - source or rationale}: the text is required, so
 * that no number enters the model without its reason.
 */
public record Parameter(String name, double value, String rationale) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException(name + " needs a source or rationale after ' - '");
        }
    }

    /** Reads {@code NUMBER - rationale}. */
    public static Parameter parse(String name, String text) {
        String[] parts = text.split("\\s+-\\s+", 2);
        double v;
        try {
            v = Double.parseDouble(parts[0].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected 'NUMBER - source or rationale', got '" + text + "'");
        }
        return new Parameter(name, v, parts.length > 1 ? parts[1].strip() : "");
    }

    /** The value as a whole number. */
    public int whole() {
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + value);
        }
        return (int) value;
    }
}
