package org.treatylab.cli.talks;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.treatylab.app.talks.EnsembleSize;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.TalksComparison;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab talks compare SCENARIO}: the talks among all parties against the bilateral alternative. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the talks among all of a scenario's parties with its bilateral alternative (the others"
                + " outside, their forces unconstrained): what each party expects from each, over the ensemble.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "after-new-start-2026 or a scenario file with 'bilateral = A, B'")
    String scenario;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Option(names = "--ensemble", defaultValue = "default", paramLabel = "default|full",
            description = "default (the scenario's own ensemble) or full (9 agents x 10 seeds)")
    String ensemble;

    @Override
    public Integer call() {
        EnsembleSize size = EnsembleSize.parse("--ensemble", ensemble);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> progress = line -> {
            err.println(line);
            err.flush();
        };
        TalksComparison c = Doors.get().talks().compare(new ScenarioRef.NameOrFile(scenario), true, size, progress);
        if (format == Format.JSON) {
            Output.json(out, c);
        } else {
            out.print(text(c));
        }
        return 0;
    }

    /** The comparison as text: both routes' outcomes, then each party's expectation from each. */
    static String text(TalksComparison c) {
        StringBuilder sb = new StringBuilder();
        TalksComparison.Route a = c.allParties();
        TalksComparison.Route b = c.bilateral();
        sb.append("Bilateral (").append(String.join("-", b.parties())).append(", ").append(String.join(", ",
                b.outside())).append(" outside with unconstrained forces) against the talks among all (")
                .append(String.join(", ", a.parties())).append("), each over ").append(a.runs()).append(" / ")
                .append(b.runs()).append(" runs:\n");
        sb.append(route("  all parties: ", a));
        sb.append(route("  bilateral:   ", b));
        TextTable t = new TextTable("party", "no treaty", "all parties", "bilateral", "bilateral - all",
                "Nash (all)", "Nash (bilateral)");
        for (String p : c.parties()) {
            t.row(p + (b.outside().contains(p) ? " (outside)" : ""), Texts.u(c.noTreaty().get(p)),
                    Texts.u(a.expectedUtility().get(p)), Texts.u(b.expectedUtility().get(p)),
                    String.format(Locale.ROOT, "%+.3f", c.bilateralGain().get(p)), Texts.u(a.nashUtility().get(p)),
                    Texts.u(b.nashUtility().get(p)));
        }
        sb.append("Each party's expected utility (mean over the runs; its value of no treaty where a run does not"
                + " agree):\n");
        sb.append(t.render());
        return sb.toString();
    }

    private static String route(String label, TalksComparison.Route r) {
        return label + String.format(Locale.ROOT, "agreement in %.0f%% of runs; modal terms (%.0f%%): %s; Nash: %s%n",
                100 * r.agreementShare(), 100 * r.modalShare(), r.modal() == null ? "none" : Texts.terms(r.modal()),
                r.nash() == null ? "none individually rational" : Texts.terms(r.nash()));
    }
}
