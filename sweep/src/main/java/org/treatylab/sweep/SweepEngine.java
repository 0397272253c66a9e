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
}
