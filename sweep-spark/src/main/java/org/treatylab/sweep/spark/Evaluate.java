package org.treatylab.sweep.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.model.Plan;

/**
 * The evaluation of one partition of evaluation indices on an executor: the job arrives once per executor by
 * broadcast, is prepared once per JVM ({@link Plan#cached}), and each index becomes its result row exactly as the
 * local engine computes it.
 */
final class Evaluate implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Job> job;

    Evaluate(Broadcast<Job> job) {
        this.job = job;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> indices) {
        Plan.Evaluator ev = Plan.cached(job.value()).evaluator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return indices.hasNext();
            }

            @Override
            public Row next() {
                return RowFactory.create(ev.evaluate(indices.next()));
            }
        };
    }
}
