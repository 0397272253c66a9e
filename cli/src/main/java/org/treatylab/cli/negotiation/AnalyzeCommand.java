package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.cli.Format;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.analysis.Solution;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.report.NegotiationViews;
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
    public Integer call() throws Exception {
        return Guard.run(() -> {
            if (maxOutcomes < 1) {
                throw UserError.badInput("--max-outcomes: expected at least 1, got " + maxOutcomes);
            }
            Scenario s = input.load();
            Analysis a = Analyzer.analyze(s.profiles(), Analyzer.Limits.DEFAULT.withMaxOutcomes(maxOutcomes));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.println(Json.write(NegotiationViews.analysis(a, s.notices())));
                return 0;
            }
            ScenarioInput.printNotices(s, spec.commandLine().getErr());
            TextTable t = new TextTable("utilities", "rational", "outcome");
            for (ParetoPoint p : a.pareto()) {
                t.row(Views.utilities(p.utilities()), p.rational() ? "yes" : "no", Views.text(p.outcome()));
            }
            if (format == Format.CSV) {
                out.print(t.csv());
                return 0;
            }
            out.println("domain " + a.domain().name() + ": " + a.outcomes() + " outcomes, " + a.domain().issueCount()
                    + " issues; profiles " + String.join(", ", s.profiles().stream().map(p -> p.name()).toList())
                    + " (reservations " + Views.utilities(a.reservations()) + ")");
            out.println("Pareto frontier: " + a.pareto().size() + " outcomes ("
                    + a.method().name().toLowerCase(Locale.ROOT) + ")");
            out.print(t.render());
            out.println();
            out.println("Nash:               " + solution(a.nash().orElse(null), "no individually rational outcome"));
            out.println("Kalai-Smorodinsky:  " + solution(a.kalaiSmorodinsky().orElse(null),
                    "no individually rational outcome"));
            out.println("maximum welfare:    " + solution(a.maxWelfare(), null));
            out.println("opposition:         " + Views.number(a.opposition()));
            return 0;
        });
    }

    private static String solution(Solution s, String none) {
        return s == null ? none : Views.utilities(s.utilities()) + "  " + Views.text(s.outcome());
    }
}
