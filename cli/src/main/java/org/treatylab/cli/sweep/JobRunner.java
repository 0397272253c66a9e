package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.treatylab.app.sweep.SweepDoor;
import org.treatylab.app.sweep.SweepPlan;
import org.treatylab.app.sweep.SweepRun;
import org.treatylab.cli.common.Doors;
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
        SweepDoor door = Doors.get().sweeps();
        SweepPlan plan = door.prepareText("(built by " + spec.qualifiedName() + ")", jobText);
        Path dir = out != null ? out : plan.defaultOut(LocalDateTime.now());
        PrintWriter err = spec.commandLine().getErr();
        err.println("sweep " + plan.name() + ": " + plan.evaluations() + " evaluations on local; writing " + dir);
        SweepRun r = door.run(plan, "local", dir, null, null, new ProgressBar(err));
        SweepRunCommand.print(spec.commandLine().getOut(), r);
        return 0;
    }
}
