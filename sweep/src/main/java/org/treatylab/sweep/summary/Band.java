package org.treatylab.sweep.summary;

import java.math.BigDecimal;
import java.util.List;
import org.treatylab.sweep.stats.ExactSum;

/**
 * The spread of one output over one group of evaluations: how many had a value, their mean and standard deviation
 * (from exact sums, rounded once), minimum, percentiles and maximum.
 *
 * @param percentiles at the table's percentiles, in order
 */
public record Band(String output, long count, double mean, double sd, double min, List<Double> percentiles,
        double max) {

    public Band {
        percentiles = List.copyOf(percentiles);
    }

    /** A band from exact sums, as both engines compute it. */
    public static Band of(String output, long count, BigDecimal sum, BigDecimal squares, double min, double max,
            double[] percentiles) {
        double mean = ExactSum.mean(sum, count);
        double sd = Math.sqrt(ExactSum.variance(sum, squares, count, true));
        List<Double> p = new java.util.ArrayList<>();
        for (double v : percentiles) {
            p.add(v);
        }
        return count == 0 ? new Band(output, 0, Double.NaN, Double.NaN, Double.NaN, p, Double.NaN)
                : new Band(output, count, mean, sd, min, p, max);
    }
}
