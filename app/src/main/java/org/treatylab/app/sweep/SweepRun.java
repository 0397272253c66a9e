package org.treatylab.app.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.treatylab.sweep.summary.Summary;

/**
 * A finished sweep.
 *
 * @param out the folder written (null for the server's runs, whose files are deleted)
 * @param resumed evaluations found finished in the folder when the run started
 * @param startupSeconds time to start the engine (Spark's session; 0 for the local engine)
 * @param evaluationSeconds time spent evaluating (this run only)
 * @param totalSeconds the whole run, start-up and writing included
 * @param files the files written, in the order written
 * @param document the summary as summary.json writes it, with the run's engine and evaluation time
 */
public record SweepRun(String engine, Summary summary, Path out, long evaluations, long resumed,
        double startupSeconds, double evaluationSeconds, double totalSeconds, List<Path> files,
        Map<String, Object> document) {

    public SweepRun {
        files = List.copyOf(files);
    }
}
