package org.treatylab.cli.foundation;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.CountResult;
import org.treatylab.app.foundation.LimitRow;
import org.treatylab.app.foundation.PartyLimits;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab count}: a posture counted under a treaty's rules, per party and limit. */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count a posture under a treaty's rules: counted, limit, margin, required cut and verdict.")
public final class CountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--treaty", required = true, paramLabel = "ID|FILE", description = "start-1, sort, new-start or a treaty file")
    String treaty;

    @Option(names = "--posture", required = true, paramLabel = "FILE", description = "a posture CSV or a shipped posture name")
    String posture;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "judge on this date (default: the posture's as_of; none gives verdict null)")
    LocalDate date;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        TreatyRef t = new TreatyRef.IdOrFile(treaty);
        CountResult r = Doors.get().foundation().count(t, new PostureRef.NameOrFile(posture), date);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, r);
            return 0;
        }
        TextTable table = new TextTable("party", "limit", "counted", "ceiling", "margin", "required_cut", "verdict");
        for (PartyLimits p : r.parties()) {
            for (LimitRow l : p.limits()) {
                table.row(p.party(), l.id(), l.counted(), l.limit(), l.margin(), l.requiredCut(), l.verdict());
            }
        }
        if (format == Format.CSV) {
            out.print(table.csv());
            return 0;
        }
        var view = Doors.get().foundation().treaty(t);
        out.println(view.name() + " (" + view.id() + "), date: " + (r.date() == null ? "none (no verdicts)" : r.date()));
        out.print(table.render());
        return 0;
    }
}
