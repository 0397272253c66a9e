package org.treatylab.negotiation.model;

/** A point of a real issue's discretisation. */
public record RealValue(double value) implements Value {
    public RealValue {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("real value: expected a finite number, got " + value);
        }
    }

    @Override
    public String text() {
        return Double.toString(value);
    }

    @Override
    public String toString() {
        return text();
    }
}
