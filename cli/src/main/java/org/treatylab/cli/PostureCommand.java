package org.treatylab.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.domain.forces.Postures;
import org.treatylab.report.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab posture show}: a posture file read and checked. */
@Command(name = "posture", mixinStandardHelpOptions = true,
        description = "Read and show posture files; compare them with official data exchanges.",
        subcommands = {PostureCommand.Show.class, PostureCheckCommand.class})
final class PostureCommand implements Runnable {
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
            List<Posture> postures = Postures.resolve(file, date);
            var out = spec.commandLine().getOut();
            TextTable t = new TextTable("date", "party", "system", "category", "deployed", "non_deployed", "test",
                    "converted", "warheads", "attribution", "alcm_equipped", "weapons_per_bomber");
            for (Posture p : postures) {
                for (PostureRow r : p.rows()) {
                    t.row(p.asOf(), p.party(), r.system(), r.category(), r.deployed(), r.nonDeployed(), r.test(),
                            r.converted(), r.reentryVehicles().orElse(null), r.attributionPerMissile().orElse(null),
                            r.alcmEquipped(), r.weaponsPerBomber());
                }
            }
            if (format == Format.JSON) {
                out.println(Json.write(postures.stream().map(Views::posture).toList()));
            } else if (format == Format.CSV) {
                out.print(t.csv());
            } else {
                out.print(t.render());
                for (Posture p : postures) {
                    long deployed = p.rows().stream().mapToLong(PostureRow::deployed).sum();
                    long launchers = p.rows().stream().mapToLong(PostureRow::launchers).sum();
                    out.printf("%s%s: %,d deployed vehicles, %,d deployed and non-deployed, %,d re-entry vehicles "
                            + "on deployed missiles%n", p.party(), p.asOf() == null ? "" : " " + p.asOf(), deployed,
                            launchers, p.deployedMissileWarheads());
                }
            }
            return 0;
        }
    }
}
