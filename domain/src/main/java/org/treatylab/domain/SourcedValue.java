package org.treatylab.domain;

import java.util.Objects;

/**
 * A number as published: a single value or a range such as "300-335", with its source and status.
 *
 * <p>A range is kept as a range. {@link #value()} is the one number an engine uses: the value the row states
 * ({@code used}, written "10-1200 use 1200") when the range's midpoint would mean nothing (a mix of weapons, a
 * variable yield), else the midpoint. A stated value lies within the range and is a modelling choice: the row is an
 * {@link Status#ASSUMPTION}, whose rationale is in {@code note}.
 *
 * @param used the value engines use within [low, high], or null for the midpoint
 */
public record SourcedValue(double low, double high, Double used, Status status, String source, String note) {
    private static final String USE = " use ";

    public SourcedValue {
        Objects.requireNonNull(status, "status");
        source = source == null ? "" : source.trim();
        note = note == null ? "" : note.trim();
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("range must have low <= high, got " + low + "-" + high);
        }
        if (used != null) {
            if (low == high) {
                throw new IllegalArgumentException("'use' applies to a range, got the single value " + plain(low));
            }
            if (used.isNaN() || used < low || used > high) {
                throw new IllegalArgumentException("the value used must lie within " + plain(low) + "-" + plain(high)
                        + ", got " + used);
            }
            if (status != Status.ASSUMPTION) {
                throw new IllegalArgumentException("choosing one value of a range ('use') is a modelling choice: "
                        + "the status must be assumption, got " + status.label());
            }
        }
        if (status == Status.ASSUMPTION && note.isEmpty()) {
            throw new IllegalArgumentException("an assumption needs its rationale in the note");
        }
        if (status != Status.ASSUMPTION && source.isEmpty()) {
            throw new IllegalArgumentException("a " + status.label() + " value needs a source");
        }
    }

    /** A range (or single value) whose engines use the midpoint. */
    public SourcedValue(double low, double high, Status status, String source, String note) {
        this(low, high, null, status, source, note);
    }

    /** A single published value. */
    public static SourcedValue of(double value, Status status, String source, String note) {
        return new SourcedValue(value, value, null, status, source, note);
    }

    /**
     * Parses "120", "300-335", "10-1200 use 1200" or "0.8" as written in data files.
     *
     * @throws IllegalArgumentException naming the text when it is not a number, a range, or a range with its value
     */
    public static SourcedValue parse(String text, Status status, String source, String note) {
        String t = text.trim();
        Double used = null;
        int u = t.indexOf(USE);
        try {
            if (u > 0) {
                used = Double.parseDouble(t.substring(u + USE.length()).trim());
                t = t.substring(0, u).trim();
            }
            int dash = t.indexOf('-', 1);
            if (dash > 0) {
                return new SourcedValue(Double.parseDouble(t.substring(0, dash).trim()),
                        Double.parseDouble(t.substring(dash + 1).trim()), used, status, source, note);
            }
            double v = Double.parseDouble(t);
            return new SourcedValue(v, v, used, status, source, note);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, a range like 300-335, or a range with the value "
                    + "used like 10-1200 use 1200, got '" + text + "'");
        }
    }

    /** The value engines use: the stated one, else the midpoint of the range. */
    public double value() {
        return used != null ? used : (low + high) / 2;
    }

    public boolean isRange() {
        return low != high;
    }

    /** True when the row states the value used instead of leaving engines the midpoint. */
    public boolean statesValueUsed() {
        return used != null;
    }

    /** "300-335", "10-1200 use 1200" or "120", without trailing zeros. */
    public String text() {
        String range = isRange() ? plain(low) + "-" + plain(high) : plain(low);
        return used != null ? range + USE + plain(used) : range;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
