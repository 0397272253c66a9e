package org.treatylab.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.LimitResult;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.report.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab count}: a posture counted under a treaty's rules, per party and limit. */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count a posture under a treaty's rules: counted, limit, margin, required cut and verdict.")
final class CountCommand implements Callable<Integer> {
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
        Treaty t = Treaties.resolve(treaty);
        List<Posture> all = Postures.resolve(posture, null);
        List<PartyResult> results = new ArrayList<>();
        LocalDate judged = date;
        for (Posture p : Postures.inEffectOn(all, date, posture)) {
            PartyResult r = Compliance.assess(t, p, date);
            results.add(r);
            judged = r.date();
        }
        print(spec.commandLine().getOut(), t, judged, results, format);
        return 0;
    }

    static void print(PrintWriter out, Treaty t, LocalDate date, List<PartyResult> results, Format format) {
        if (format == Format.JSON) {
            out.println(Json.write(Views.count(t, date, results)));
            return;
        }
        TextTable table = new TextTable("party", "limit", "counted", "ceiling", "margin", "required_cut", "verdict");
        for (PartyResult r : results) {
            for (LimitResult l : r.limits()) {
                table.row(r.party(), l.id(), l.counted(), l.limit(), l.margin(), l.requiredCut(), l.verdict());
            }
        }
        if (format == Format.CSV) {
            out.print(table.csv());
            return;
        }
        out.println(t.name() + " (" + t.id() + "), date: " + (date == null ? "none (no verdicts)" : date));
        out.print(table.render());
    }
}
