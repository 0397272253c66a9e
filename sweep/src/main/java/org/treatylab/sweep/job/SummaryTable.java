package org.treatylab.sweep.job;

import java.io.Serializable;
import java.util.List;

/**
 * One table of a job's summary: for each combination of the {@code groupBy} columns, the count, mean, standard
 * deviation, minimum, percentiles and maximum of each output, and how often each value of the {@code frequencies}
 * columns occurs.
 *
 * @param percentiles in [0, 100], e.g. 5, 50, 95
 */
public record SummaryTable(List<String> groupBy, List<String> outputs, List<Double> percentiles,
        List<String> frequencies) implements Serializable {

    public SummaryTable {
        groupBy = List.copyOf(groupBy);
        outputs = List.copyOf(outputs);
        percentiles = List.copyOf(percentiles);
        frequencies = List.copyOf(frequencies);
        for (double p : percentiles) {
            if (!(p >= 0 && p <= 100)) {
                throw new IllegalArgumentException("percentiles must be within [0, 100], got " + p);
            }
        }
    }
}
