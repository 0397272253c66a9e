package org.treatylab.negotiation.model;

/** A whole number of an integer issue. */
public record IntegerValue(long value) implements Value {
    @Override
    public String text() {
        return Long.toString(value);
    }

    @Override
    public String toString() {
        return text();
    }
}
