package org.treatylab.sweep;

import java.nio.file.Path;
import java.util.List;
import org.treatylab.sweep.summary.Summary;

/**
 * A finished sweep: its summary, where its files are, and how long its phases took.
 *
 * @param resumed evaluations found finished in the folder when the run started
 * @param startupSeconds time to start the engine (Spark's session; 0 for the local engine)
 * @param evaluationSeconds time spent evaluating (this run only)
 * @param totalSeconds the whole run, start-up and writing included
 * @param files the files written, in the order written
 */
public record RunResult(String engine, Summary summary, Path out, long evaluations, long resumed,
        double startupSeconds, double evaluationSeconds, double totalSeconds, List<Path> files) {

    public RunResult {
        files = List.copyOf(files);
    }
}
