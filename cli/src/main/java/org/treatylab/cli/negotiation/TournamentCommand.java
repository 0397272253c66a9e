package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.app.negotiation.NegotiationLimits;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.TournamentRequest;
import org.treatylab.app.negotiation.TournamentView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.OutputFiles;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import org.treatylab.report.Json;
import org.treatylab.report.TournamentCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treatylab tournament}: on every scenario of n parties, every line-up of n agents (every combination in every
 * role order, or a seeded sample of line-ups), repeated, in parallel.
 */
@Command(name = "tournament", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a tournament: on every scenario of n parties (2 or more), every line-up of n of the agents "
                + "(every combination, in every role order; for two parties every pair both ways), or --sample "
                + "line-ups drawn from the seed; repeated; in parallel, with a progress bar on standard error.",
                "Writes one row per session to --out (CSV, or JSON when the name ends in .json) and prints a summary "
                + "per agent."})
public final class TournamentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, arity = "1..*", paramLabel = "DIR|NAME",
            description = "scenario folders (one domain file and two or more profiles each) or shipped scenario names")
    List<String> scenarios;

    @Option(names = "--agents", required = true, split = ",", paramLabel = "a,b,c",
            description = "the agents, comma-separated")
    List<String> agents;

    @Option(names = "--repetitions", defaultValue = "1", paramLabel = "R", description = "(default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(names = "--rounds", defaultValue = "180", paramLabel = "N", description = "deadline of each session "
            + "(default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--sample", defaultValue = "0", paramLabel = "N", description = "play only N line-ups per "
            + "scenario, drawn without replacement from the seed (default: all)")
    int sample;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "results, CSV or .json")
    Path out;

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new InputException("--rounds: expected at least 1, got " + rounds);
        }
        if (sample < 0) {
            throw new InputException("--sample: expected 0 (all) or more, got " + sample);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<NegotiationScenarioRef> refs = scenarios.stream()
                .map(s -> (NegotiationScenarioRef) new NegotiationScenarioRef.FolderOrName(s)).toList();
        var doors = Doors.get();
        for (NegotiationScenarioRef ref : refs) {
            ScenarioInput.printNotices(doors.negotiation().scenario(ref, NegotiationLimits.commandLine(Long.MAX_VALUE))
                    .notices(), spec.commandLine().getErr());
        }
        TournamentView r = doors.tournaments().run(new TournamentRequest(refs, agents, repetitions, rounds, seed, t,
                sample), new ProgressBar(spec.commandLine().getErr()));
        boolean json = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        OutputFiles.writeAtomically(out, json ? Json.write(r) + "\n" : TournamentCsv.of(r));
        PrintWriter o = spec.commandLine().getOut();
        TextTable table = new TextTable("agent", "sessions", "mean_utility", "agreement_rate", "mean_welfare",
                "pareto_distance", "nash_distance");
        for (TournamentView.AgentSummary a : r.summary()) {
            table.row(a.agent(), a.sessions(), Views.number(a.meanUtility()), Views.number(a.agreementRate()),
                    Views.number(a.meanWelfare()), Views.number(a.meanParetoDistance()),
                    a.meanNashDistance() != null ? Views.number(a.meanNashDistance()) : null);
        }
        o.print(table.render());
        o.println(r.sessions().size() + " sessions written to " + out);
        return 0;
    }
}
