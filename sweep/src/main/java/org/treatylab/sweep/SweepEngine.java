package org.treatylab.sweep;

import org.treatylab.sweep.model.Plan;

/**
 * An engine that runs prepared jobs. The local engine ships with this module; others (Spark, in module
 * {@code sweep-spark}) are found with {@link java.util.ServiceLoader} when their jar is on the class path.
 */
public interface SweepEngine {

    /** The engine's name as given to {@code --engine}. */
    String name();

    /**
     * Runs every evaluation of the plan and writes results.csv, summary.json and report.html into the options'
     * folder.
     *
     * @throws SweepFailure when the work fails; what was finished stays in the folder
     */
    RunResult run(Plan plan, RunOptions options, Progress progress);

    /**
     * A timer of the evaluation phase alone (no output), for benchmarks: the engine is started once (its start-up
     * time reported apart) and then times whole plans.
     */
    Timer timer(RunOptions options);

    /** Times the evaluation of whole plans on a started engine. */
    interface Timer extends AutoCloseable {
        /** Seconds the engine took to start (Spark's session; 0 for the local engine). */
        double startupSeconds();

        /** Seconds to evaluate every evaluation of the plan, discarding the rows. */
        double seconds(Plan plan);

        @Override
        void close();
    }
}
