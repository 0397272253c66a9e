package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatylab.app.negotiation.AnalysisView;
import org.treatylab.app.negotiation.NegotiationLimits;
import org.treatylab.app.negotiation.NegotiationScenarioView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab analyze}: the exact Pareto frontier of a scenario and its bargaining solutions. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse a scenario: the exact Pareto frontier (each point marked individually rational or "
                + "not), the Nash and Kalai-Smorodinsky solutions, maximum welfare and opposition.",
                "Two additive profiles are analysed without enumerating the outcomes; otherwise every outcome is "
                        + "enumerated, up to --max-outcomes."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--max-outcomes", paramLabel = "N", defaultValue = "20000000",
            description = "refuse to enumerate more outcomes than this (default: ${DEFAULT-VALUE})")
    long maxOutcomes;

    @Option(names = "--format", defaultValue = "table", description = "table, csv (the frontier) or json "
            + "(default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        if (maxOutcomes < 1) {
            throw new InputException("--max-outcomes: expected at least 1, got " + maxOutcomes);
        }
        var door = Doors.get().negotiation();
        NegotiationLimits limits = NegotiationLimits.commandLine(maxOutcomes);
        AnalysisView a = door.analyze(input.ref(), limits);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, a);
            return 0;
        }
        ScenarioInput.printNotices(a.notices(), spec.commandLine().getErr());
        TextTable t = new TextTable("utilities", "rational", "outcome");
        for (AnalysisView.FrontierPoint p : a.pareto()) {
            t.row(Views.utilities(p.utilities()), p.rational() ? "yes" : "no", Views.text(p.outcome()));
        }
        if (format == Format.CSV) {
            out.print(t.csv());
            return 0;
        }
        NegotiationScenarioView s = door.scenario(input.ref(), limits);
        out.println("domain " + a.domain() + ": " + a.outcomes() + " outcomes, " + s.issues().size()
                + " issues; profiles " + String.join(", ", s.profiles()) + " (reservations "
                + Views.utilities(a.reservations()) + ")");
        out.println("Pareto frontier: " + a.pareto().size() + " outcomes (" + a.method() + ")");
        out.print(t.render());
        out.println();
        out.println("Nash:               " + solution(a.nash(), "no individually rational outcome"));
        out.println("Kalai-Smorodinsky:  " + solution(a.kalaiSmorodinsky(), "no individually rational outcome"));
        out.println("maximum welfare:    " + solution(a.maxWelfare(), null));
        out.println("opposition:         " + Views.number(a.opposition()));
        return 0;
    }

    private static String solution(AnalysisView.BargainingSolution s, String none) {
        return s == null ? none : Views.utilities(s.utilities()) + "  " + Views.text(s.outcome());
    }
}
