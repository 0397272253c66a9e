package org.treatylab.sweep.stats;

import java.util.Arrays;

/**
 * Percentiles by linear interpolation between the closest ranks: for p in [0, 1] of n sorted values, the position
 * p·(n−1) and the weighted mean of the values either side of it. This is the definition of Spark SQL's exact
 * {@code percentile} aggregate, written with the same operations so that both engines give the same bits.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The percentiles {@code ps} (each in [0, 1]) of {@code values}, which this sorts in place; NaN for no values.
     */
    public static double[] of(double[] values, int n, double[] ps) {
        double[] out = new double[ps.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Arrays.sort(values, 0, n);
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("percentile must be within [0, 1], got " + p);
            }
            double position = (n - 1) * p;
            long lower = (long) Math.floor(position);
            long higher = (long) Math.ceil(position);
            double lowerValue = values[(int) lower];
            double higherValue = values[(int) higher];
            if (higher == lower || lowerValue == higherValue) {
                out[k] = lowerValue;
            } else {
                out[k] = (higher - position) * lowerValue + (position - lower) * higherValue;
            }
        }
        return out;
    }
}
