package org.treatylab.sweep.local;

import java.nio.file.Path;
import org.treatylab.sweep.Jobs;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.model.Plan;

/** A child process that runs a sweep into a folder until its parent kills it (LocalEngineTest). */
public final class KillChild {
    private KillChild() {
    }

    public static void main(String[] args) {
        Plan plan = Plan.of(Jobs.stability(Integer.parseInt(args[1]), "1550,500", 4));
        new LocalEngine().run(plan, new RunOptions(Path.of(args[0]), 2, null), Progress.NONE);
    }
}
