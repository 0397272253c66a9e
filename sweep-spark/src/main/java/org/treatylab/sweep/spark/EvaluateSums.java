package org.treatylab.sweep.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.summary.SobolPartial;

/**
 * For a job that keeps its summary alone: the base samples of one partition (each with its (k + 2) × G
 * consecutive evaluations) evaluated and reduced at once to their Saltelli sums, one partial per partition (as bytes),
 * so that no row leaves the executor.
 */
final class EvaluateSums implements MapPartitionsFunction<Long, byte[]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Job> job;
    private final long perSample;

    EvaluateSums(Broadcast<Job> job, long perSample) {
        this.job = job;
        this.perSample = perSample;
    }

    @Override
    public Iterator<byte[]> call(Iterator<Long> samples) {
        Plan plan = Plan.cached(job.value());
        Plan.Evaluator ev = plan.evaluator();
        SobolPartial sums = new SobolPartial(plan);
        while (samples.hasNext()) {
            long j = samples.next();
            for (long i = j * perSample; i < (j + 1) * perSample; i++) {
                sums.accept(ev.evaluate(i));
            }
        }
        return List.of(sums.bytes()).iterator();
    }
}
