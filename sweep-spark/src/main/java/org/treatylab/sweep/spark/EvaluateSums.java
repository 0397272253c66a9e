package org.treatylab.sweep.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.summary.SobolPartial;

/**
 * For a job that keeps its summary alone: the blocks of whole base samples of one partition evaluated and reduced at
 * once to their Saltelli sums, one partial per partition (as bytes), so that no row leaves the executor.
 */
final class EvaluateSums implements MapPartitionsFunction<Long, byte[]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Job> job;
    private final long blockSize;

    EvaluateSums(Broadcast<Job> job, long blockSize) {
        this.job = job;
        this.blockSize = blockSize;
    }

    @Override
    public Iterator<byte[]> call(Iterator<Long> blocks) {
        Plan plan = Plan.cached(job.value());
        Plan.Evaluator ev = plan.evaluator();
        SobolPartial sums = new SobolPartial(plan);
        long n = plan.evaluations();
        while (blocks.hasNext()) {
            long b = blocks.next();
            for (long i = b * blockSize; i < Math.min(n, (b + 1) * blockSize); i++) {
                sums.accept(ev.evaluate(i));
            }
        }
        return List.of(sums.bytes()).iterator();
    }
}
