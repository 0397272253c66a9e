package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.app.negotiation.NegotiationLimits;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.NegotiationScenarioView;
import org.treatylab.app.negotiation.SessionView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab negotiate}: one session of the stacked alternating offers protocol between named agents. */
@Command(name = "negotiate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one negotiation session (stacked alternating offers) and compare its end with the Pareto "
                + "frontier and the Nash point.", "Agents: boulware, linear, conceder, hardliner, random, tit-for-tat, "
                + "nice-tit-for-tat, frequency, micro."})
public final class NegotiateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input = new ScenarioInput();

    @Option(names = "--agent", required = true, paramLabel = "NAME",
            description = "the strategy of each party, in the order of the profiles")
    List<String> agents;

    @ArgGroup(exclusive = true)
    DeadlineOption deadline = new DeadlineOption();

    @Option(names = "--seed", defaultValue = "1", description = "seed of the agents' random generators "
            + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    /** Rounds or seconds, not both. */
    static final class DeadlineOption {
        @Option(names = "--rounds", paramLabel = "N", description = "deadline in rounds (default: 180)")
        Integer rounds;

        @Option(names = "--seconds", paramLabel = "S", description = "deadline in seconds of wall-clock time, or "
                + "10,000 rounds if that comes first (automated agents are fast)")
        Double seconds;
    }

    @Override
    public Integer call() {
        if (deadline.seconds != null && !(deadline.seconds > 0)) {
            throw new InputException("--seconds: expected a positive number, got " + deadline.seconds);
        }
        int rounds = deadline.rounds == null ? 180 : deadline.rounds;
        if (rounds < 1) {
            throw new InputException("--rounds: expected at least 1, got " + rounds);
        }
        var door = Doors.get().negotiation();
        NegotiationLimits limits = NegotiationLimits.commandLine(20_000_000L);
        NegotiationScenarioRef ref = input.ref();
        NegotiationScenarioView scenario = door.scenario(ref, limits);
        ScenarioInput.printNotices(scenario.notices(), spec.commandLine().getErr());
        int profiles = scenario.profiles().size();
        if (agents.size() != profiles) {
            throw new InputException("expected one --agent per profile: " + profiles + " profiles, " + agents.size()
                    + " agents");
        }
        SessionView r = door.negotiate(ref, agents, rounds, deadline.seconds, seed, limits);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, r);
        } else {
            table(out, r);
        }
        return 0;
    }

    private static void table(PrintWriter out, SessionView r) {
        TextTable t = new TextTable("round", "party", "move", "utilities", "outcome");
        for (SessionView.SessionTurn turn : r.trace()) {
            t.row(turn.round(), turn.party(), turn.move(),
                    turn.utilities() == null ? null : Views.utilities(turn.utilities()),
                    turn.outcome() == null ? null : Views.text(turn.outcome()));
        }
        out.print(t.render());
        out.println();
        out.println("end: " + r.end() + " (" + r.detail() + ") after " + r.rounds() + " rounds");
        out.println("agreement: " + (r.agreement() == null ? "none" : Views.text(r.agreement())));
        out.println("utilities: " + Views.utilities(r.utilities()) + " (discounted: "
                + Views.utilities(r.discountedUtilities()) + ")");
        if (r.paretoDistance() != null) {
            out.println("distance to Pareto frontier: " + Views.number(r.paretoDistance()));
            out.println("distance to Nash point: " + (r.nashDistance() != null ? Views.number(r.nashDistance())
                    : "none (no individually rational outcome)"));
        } else {
            out.println("distances: not computed (the domain is too large to analyse exactly)");
        }
    }
}
