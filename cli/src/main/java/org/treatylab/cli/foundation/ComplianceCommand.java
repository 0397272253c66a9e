package org.treatylab.cli.foundation;

import java.util.concurrent.Callable;
import org.treatylab.app.foundation.ComplianceResult;
import org.treatylab.app.foundation.ComplianceRow;
import org.treatylab.app.foundation.LimitRow;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.SeriesRef;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab compliance}: verdicts over time for an aggregate series or a dated posture series. */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = "Verdicts per date, party and limit for a published aggregate series or a dated posture series.")
public final class ComplianceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--treaty", required = true, paramLabel = "ID|FILE")
    String treaty;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--aggregates", paramLabel = "FILE",
                description = "aggregate series CSV (as_of, <party>_<code>, status), or the shipped new-start-aggregates")
        String aggregates;

        @Option(names = "--posture", paramLabel = "FILE", description = "a posture CSV with an as_of column")
        String posture;
    }

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        TreatyRef t = new TreatyRef.IdOrFile(treaty);
        var foundation = Doors.get().foundation();
        ComplianceResult r = input.aggregates != null ? foundation.compliance(t, new SeriesRef.NameOrFile(input.aggregates))
                : foundation.compliance(t, new PostureRef.NameOrFile(input.posture));
        var out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, r);
            return 0;
        }
        TextTable table = new TextTable("date", "party", "status", "limit", "counted", "ceiling", "margin",
                "required_cut", "verdict");
        for (ComplianceRow row : r.results()) {
            for (LimitRow l : row.limits()) {
                table.row(row.date(), row.party(), row.status() == null || row.status().isEmpty() ? null : row.status(),
                        l.id(), l.counted(), l.limit(), l.margin(), l.requiredCut(), l.verdict());
            }
        }
        if (format == Format.CSV) {
            out.print(table.csv());
        } else {
            var view = foundation.treaty(t);
            out.println(view.name() + " (" + view.id() + ")");
            out.print(table.render());
        }
        return 0;
    }
}
