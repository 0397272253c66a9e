package org.treatylab.cli.sweep;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code treatylab sweep}: run job descriptions on all local cores or on Apache Spark. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Uncertainty, robustness and sensitivity sweeps described by a job file (docs/sweeps.md).",
            "Results: DIR/results.csv, DIR/summary.json and DIR/report.html (and DIR/results.parquet with "
                + "--engine spark)."},
        subcommands = {SweepExamplesCommand.class, SweepRunCommand.class, SweepBenchCommand.class})
public final class SweepCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
