package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatylab.cli.Format;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.SessionSetup;
import org.treatylab.negotiation.protocol.Turn;
import org.treatylab.report.NegotiationViews;
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

        Deadline deadline() {
            if (seconds != null) {
                if (!(seconds > 0)) {
                    throw UserError.badInput("--seconds: expected a positive number, got " + seconds);
                }
                return Deadline.time(Duration.ofNanos((long) (seconds * 1e9)), 10_000);
            }
            int n = rounds == null ? 180 : rounds;
            if (n < 1) {
                throw UserError.badInput("--rounds: expected at least 1, got " + n);
            }
            return Deadline.rounds(n);
        }
    }

    @Override
    public Integer call() throws Exception {
        return Guard.run(() -> {
            Scenario s = input.load();
            ScenarioInput.printNotices(s, spec.commandLine().getErr());
            if (agents.size() != s.profiles().size()) {
                throw UserError.badInput("expected one --agent per profile: " + s.profiles().size() + " profiles, "
                        + agents.size() + " agents");
            }
            List<Participant> ps = new ArrayList<>();
            List<PartyId> ids = NegotiationViews.partyIds(s.profiles());
            for (int i = 0; i < agents.size(); i++) {
                ps.add(new Participant(ids.get(i), s.profiles().get(i), Agents.create(agents.get(i))));
            }
            SessionResult r = Negotiation.run(SessionSetup.of(s.domain(), ps, deadline.deadline(), seed));
            Optional<Analysis> analysis;
            try {
                analysis = Optional.of(Analyzer.analyze(s.profiles()));
            } catch (TooLargeException e) {
                analysis = Optional.empty();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.println(Json.write(NegotiationViews.session(s.profiles(), r, analysis)));
            } else {
                table(out, s, r, analysis);
            }
            return 0;
        });
    }

    private static void table(PrintWriter out, Scenario s, SessionResult r, Optional<Analysis> a) {
        TextTable t = new TextTable("round", "party", "move", "utilities", "outcome");
        for (Turn turn : r.trace()) {
            Outcome o = NegotiationViews.outcomeOf(turn);
            t.row(turn.round(), turn.party().name(), turn.move().kind(),
                    o == null ? null : Views.utilities(s.profiles().stream().map(p -> p.utility(o)).toList()),
                    o == null ? null : Views.text(o));
        }
        out.print(t.render());
        out.println();
        out.println("end: " + r.reason().name().toLowerCase(java.util.Locale.ROOT) + " (" + r.detail() + ") after "
                + r.rounds() + " rounds");
        out.println("agreement: " + r.agreement().map(Views::text).orElse("none"));
        out.println("utilities: " + Views.utilities(r.utilities()) + " (discounted: "
                + Views.utilities(r.discountedUtilities()) + ")");
        if (a.isPresent()) {
            out.println("distance to Pareto frontier: " + Views.number(a.get().paretoDistance(r.utilities())));
            var nash = a.get().nashDistance(r.utilities());
            out.println("distance to Nash point: " + (nash.isPresent() ? Views.number(nash.getAsDouble())
                    : "none (no individually rational outcome)"));
        } else {
            out.println("distances: not computed (the domain is too large to analyse exactly)");
        }
    }
}
