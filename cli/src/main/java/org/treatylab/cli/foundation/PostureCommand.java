package org.treatylab.cli.foundation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.PostureView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab posture show}: a posture file read and checked. */
@Command(name = "posture", mixinStandardHelpOptions = true,
        description = "Read and show posture files; compare them with official data exchanges.",
        subcommands = {PostureCommand.Show.class, PostureCheckCommand.class})
public final class PostureCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a posture file's rows per party and date, with totals.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a posture CSV, or a shipped posture: " + "start1-mou-1990, "
                + "us-russia-2009, us-russia-2011, us-russia-2024")
        String file;

        @Option(names = "--date", description = "date for rows without as_of (YYYY-MM-DD)")
        LocalDate date;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
        Format format;

        @Override
        public Integer call() {
            List<PostureView> postures = Doors.get().foundation().postureFile(file, date);
            var out = spec.commandLine().getOut();
            TextTable t = new TextTable("date", "party", "system", "category", "deployed", "non_deployed", "test",
                    "converted", "warheads", "attribution", "alcm_equipped", "weapons_per_bomber");
            for (PostureView p : postures) {
                for (PostureView.PostureRowView r : p.rows()) {
                    t.row(p.asOf(), p.party(), r.system(), r.category(), r.deployed(), r.nonDeployed(), r.test(),
                            r.converted(), r.warheadsTotal(), r.attribution(), r.alcmEquipped(), r.weaponsPerBomber());
                }
            }
            if (format == Format.JSON) {
                Output.json(out, postures);
            } else if (format == Format.CSV) {
                out.print(t.csv());
            } else {
                out.print(t.render());
                for (PostureView p : postures) {
                    out.printf("%s%s: %,d deployed vehicles, %,d deployed and non-deployed, %,d re-entry vehicles "
                            + "on deployed missiles%n", p.party(), p.asOf() == null ? "" : " " + p.asOf(),
                            p.totals().deployedVehicles(), p.totals().launchers(), p.totals().missileWarheads());
                }
            }
            return 0;
        }
    }
}
