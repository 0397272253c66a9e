package org.treatylab.talks.restructure;

/**
 * A score with full value up to a reference and diminishing value above it: piecewise linear through (0, 0),
 * (r, 1/2), (2r, 3/4), (4r, 7/8), (8r, 15/16), flat beyond. Each doubling beyond the reference adds half of what the
 * previous one did. Concave, so an optimiser can represent it exactly with one bounded variable per segment.
 */
public final class Diminishing {
    /** Segment ends as multiples of the reference, and the value reached at each. */
    static final double[] ENDS = {1, 2, 4, 8};
    static final double[] VALUES = {0.5, 0.75, 0.875, 0.9375};

    private Diminishing() {
    }

    /** The score of {@code x} >= 0 against reference {@code r} > 0. */
    public static double value(double x, double r) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("reference must be > 0, got " + r);
        }
        double start = 0;
        double v0 = 0;
        for (int k = 0; k < ENDS.length; k++) {
            double end = ENDS[k] * r;
            if (x <= end) {
                return v0 + (VALUES[k] - v0) * (Math.max(0, x) - start) / (end - start);
            }
            start = end;
            v0 = VALUES[k];
        }
        return VALUES[VALUES.length - 1];
    }

    /** Width of segment k (as a quantity) for reference r. */
    static double width(int k, double r) {
        return (ENDS[k] - (k == 0 ? 0 : ENDS[k - 1])) * r;
    }

    /** Slope of segment k for reference r. */
    static double slope(int k, double r) {
        return (VALUES[k] - (k == 0 ? 0 : VALUES[k - 1])) / width(k, r);
    }

    static int segments() {
        return ENDS.length;
    }
}
