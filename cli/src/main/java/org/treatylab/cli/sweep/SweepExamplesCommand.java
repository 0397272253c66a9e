package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.job.Job;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab sweep examples [--show NAME]}: the shipped example jobs. */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = "List the shipped example jobs (one per kind); --show prints one to copy and edit.")
final class SweepExamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--show", paramLabel = "NAME", description = "print this example's job file")
    String show;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (show != null) {
            out.print(Sweeps.exampleText(show).orElseThrow(() -> new InputException("--show: no example '" + show
                    + "' (examples: " + Sweeps.EXAMPLES + ")")));
            return 0;
        }
        TextTable t = new TextTable("name", "kind", "rows", "what it shows");
        for (String name : Sweeps.EXAMPLES) {
            Job j = Sweeps.load(name);
            String d = j.description();
            int dot = d.indexOf(". ");
            t.row(name, j.kind().id(), j.samples() + (j.kind().id().equals("sensitivity") ? " samples" : " draws"),
                    dot > 0 ? d.substring(0, dot + 1) : d);
        }
        out.print(t.render());
        out.println("Run one: treatylab sweep run NAME [--engine local|spark] [--seed N] [--out DIR]");
        return 0;
    }
}
