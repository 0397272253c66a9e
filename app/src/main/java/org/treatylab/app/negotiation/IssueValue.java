package org.treatylab.app.negotiation;

import java.util.Objects;

/**
 * One issue's value in an outcome: a whole number (integer issues), a real number (real issues) or a label
 * (discrete issues). In JSON it is the plain number or string; {@link #toString()} writes it so.
 */
public sealed interface IssueValue {
    /** A whole number. */
    record Whole(long value) implements IssueValue {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A real number. */
    record Real(double value) implements IssueValue {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /** A discrete issue's label. */
    record Label(String value) implements IssueValue {
        public Label {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** The plain value: a Long, a Double or a String. */
    default Object plain() {
        if (this instanceof Whole w) {
            return w.value();
        }
        if (this instanceof Real r) {
            return r.value();
        }
        return ((Label) this).value();
    }
}
