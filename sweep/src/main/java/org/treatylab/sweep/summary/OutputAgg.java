package org.treatylab.sweep.summary;

import java.math.BigDecimal;

/**
 * The aggregates of one output over one group, as an engine computed them: non-missing count, exact sums of the
 * values and of their squares, minimum, maximum and the percentiles.
 */
public record OutputAgg(long count, BigDecimal sum, BigDecimal squares, double min, double max,
        double[] percentiles) {
}
