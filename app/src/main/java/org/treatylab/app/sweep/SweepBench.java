package org.treatylab.app.sweep;

import java.util.List;

/**
 * Timings of a job's evaluation phase resized to each size, on the local engine and (when asked) on Spark in the
 * same run.
 *
 * @param cores the machine's cores
 * @param loadAverage the system load average when timing started (negative where unknown)
 * @param master Spark's master, or null without Spark
 * @param sparkStartupSeconds Spark's start-up, reported apart (0 without Spark)
 */
public record SweepBench(String job, String kind, int cores, int threads, int repeat, double loadAverage,
        String master, double sparkStartupSeconds, List<Row> rows) {

    public SweepBench {
        rows = List.copyOf(rows);
    }

    /**
     * One size: median seconds of the evaluation phase on each engine.
     *
     * @param sparkSeconds NaN without Spark
     */
    public record Row(long evaluations, double localSeconds, double sparkSeconds) {
    }
}
