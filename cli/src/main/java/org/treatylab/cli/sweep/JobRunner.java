package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobReader;
import org.treatylab.sweep.model.Plan;
import picocli.CommandLine.Model.CommandSpec;

/** Runs (or prints) the sweep job that an older command's shortcut built. */
public final class JobRunner {
    private JobRunner() {
    }

    /** Prints the job's text, or runs it on the local engine into {@code out} (default sweep-NAME-DATE). */
    public static int runOrPrint(CommandSpec spec, String jobText, boolean print, Path out) {
        if (print) {
            spec.commandLine().getOut().print(jobText);
            return 0;
        }
        Job job = JobReader.parse("(built by " + spec.qualifiedName() + ")", jobText, Path.of("").toAbsolutePath());
        Plan plan = Sweeps.prepare(job);
        Path dir = out != null ? out : Sweeps.defaultOut(job, LocalDateTime.now());
        PrintWriter err = spec.commandLine().getErr();
        err.println("sweep " + job.name() + ": " + plan.evaluations() + " evaluations on local; writing " + dir);
        var r = Sweeps.engine("local").run(plan, RunOptions.in(dir), new ProgressBar(err));
        SweepRunCommand.print(spec.commandLine().getOut(), r);
        return 0;
    }
}
