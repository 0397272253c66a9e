package org.treatylab.sweep.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.treatylab.sweep.stats.ExactSum;

/**
 * Spark's aggregate of {@link ExactSum}: the exact sum of a column's non-null values, whatever the partitioning,
 * returned as the exact decimal's text (so that the driver rounds it once, as the local engine does).
 */
final class ExactSumAggregator extends Aggregator<Double, ExactSum, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public ExactSum zero() {
        return new ExactSum();
    }

    @Override
    public ExactSum reduce(ExactSum sum, Double x) {
        if (x != null) {
            sum.add(x);
        }
        return sum;
    }

    @Override
    public ExactSum merge(ExactSum a, ExactSum b) {
        a.merge(b);
        return a;
    }

    @Override
    public String finish(ExactSum sum) {
        return sum.exact().toString();
    }

    @Override
    public Encoder<ExactSum> bufferEncoder() {
        return Encoders.javaSerialization(ExactSum.class);
    }

    @Override
    public Encoder<String> outputEncoder() {
        return Encoders.STRING();
    }
}
