package org.treatylab.domain;

import java.util.Objects;

/**
 * A number as published: a single value or a range such as "300-335", with its source and status.
 *
 * <p>A range is kept as a range; {@link #value()} is its midpoint, the default used by the engines.
 * An {@link Status#ASSUMPTION} must carry its rationale in {@code note}.
 */
public record SourcedValue(double low, double high, Status status, String source, String note) {

    public SourcedValue {
        Objects.requireNonNull(status, "status");
        source = source == null ? "" : source.trim();
        note = note == null ? "" : note.trim();
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("range must have low <= high, got " + low + "-" + high);
        }
        if (status == Status.ASSUMPTION && note.isEmpty()) {
            throw new IllegalArgumentException("an assumption needs its rationale in the note");
        }
        if (status != Status.ASSUMPTION && source.isEmpty()) {
            throw new IllegalArgumentException("a " + status.label() + " value needs a source");
        }
    }

    /** A single published value. */
    public static SourcedValue of(double value, Status status, String source, String note) {
        return new SourcedValue(value, value, status, source, note);
    }

    /**
     * Parses "120", "300-335" or "0.8" as written in data files.
     *
     * @throws IllegalArgumentException naming the text when it is not a number or a range
     */
    public static SourcedValue parse(String text, Status status, String source, String note) {
        String t = text.trim();
        int dash = t.indexOf('-', 1);
        try {
            if (dash > 0) {
                return new SourcedValue(Double.parseDouble(t.substring(0, dash).trim()),
                        Double.parseDouble(t.substring(dash + 1).trim()), status, source, note);
            }
            return of(Double.parseDouble(t), status, source, note);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number or a range like 300-335, got '" + text + "'");
        }
    }

    /** The default value: the midpoint of the range. */
    public double value() {
        return (low + high) / 2;
    }

    public boolean isRange() {
        return low != high;
    }

    /** "300-335" or "120", without trailing zeros. */
    public String text() {
        return isRange() ? plain(low) + "-" + plain(high) : plain(low);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
