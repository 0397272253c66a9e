package org.treatylab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.domain.InputException;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.LimitResult;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.report.Views;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab compliance}: verdicts over time for an aggregate series or a dated posture series. */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = "Verdicts per date, party and limit for a published aggregate series or a dated posture series.")
final class ComplianceCommand implements Callable<Integer> {
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
        Treaty t = Treaties.resolve(treaty);
        List<PartyResult> results = new ArrayList<>();
        if (input.aggregates != null) {
            results.addAll(Compliance.assess(t, Series.resolve(input.aggregates)));
        } else {
            for (Posture p : Postures.resolve(input.posture, null)) {
                if (p.asOf() == null) {
                    throw new InputException(input.posture + ": rows for " + p.party()
                            + " have no as_of date (a series needs dates)");
                }
                results.add(Compliance.assess(t, p, p.asOf()));
            }
        }
        var out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(Json.write(Views.compliance(t, results)));
            return 0;
        }
        TextTable table = new TextTable("date", "party", "status", "limit", "counted", "ceiling", "margin",
                "required_cut", "verdict");
        for (PartyResult r : results) {
            for (LimitResult l : r.limits()) {
                table.row(r.date(), r.party(), r.status() == null || r.status().isEmpty() ? null : r.status(), l.id(),
                        l.counted(), l.limit(), l.margin(), l.requiredCut(), l.verdict());
            }
        }
        if (format == Format.CSV) {
            out.print(table.csv());
        } else {
            out.println(t.name() + " (" + t.id() + ")");
            out.print(table.render());
        }
        return 0;
    }

    /** Aggregate series by file path or shipped name. */
    static final class Series {
        private Series() {
        }

        static AggregateSeries resolve(String nameOrFile) {
            java.nio.file.Path p = java.nio.file.Path.of(nameOrFile);
            if (java.nio.file.Files.isRegularFile(p)) {
                return AggregateSeries.read(p);
            }
            return AggregateSeries.shipped(nameOrFile)
                    .orElseThrow(() -> new InputException(nameOrFile + ": no such file (shipped series: "
                            + AggregateSeries.SHIPPED + ")"));
        }
    }
}
