package org.treatylab.negotiation.model;

import java.util.Objects;

/** A named option of a discrete issue. */
public record DiscreteValue(String label) implements Value {
    public DiscreteValue {
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String text() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
