package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatylab.app.sweep.SweepDoor;
import org.treatylab.app.sweep.SweepExample;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import org.treatylab.domain.TreatyLabException;
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
        SweepDoor door = Doors.get().sweeps();
        if (show != null) {
            try {
                out.print(door.exampleText(show));
            } catch (TreatyLabException e) {
                throw new InputException("--show: " + e.getMessage());
            }
            return 0;
        }
        TextTable t = new TextTable("name", "kind", "rows", "what it shows");
        for (SweepExample e : door.examples()) {
            String d = e.description();
            int dot = d.indexOf(". ");
            t.row(e.name(), e.kind(), e.samples() + (e.kind().equals("sensitivity") ? " samples" : " draws"),
                    dot > 0 ? d.substring(0, dot + 1) : d);
        }
        out.print(t.render());
        out.println("Run one: treatylab sweep run NAME [--engine local|spark] [--seed N] [--out DIR]");
        return 0;
    }
}
