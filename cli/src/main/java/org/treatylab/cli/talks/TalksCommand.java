package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.Format;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.cli.OutputFiles;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.LimitResult;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.ExternalAgent;
import org.treatylab.report.TalksViews;
import org.treatylab.talks.play.Comparison;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.play.TraceRow;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab talks SCENARIO}: play the talks and evaluate the outcome. */
@Command(name = "talks", mixinStandardHelpOptions = true,
        description = "Play arms-control talks (start-2009 or a scenario file) with engine agents or yourself.",
        subcommands = {ExplainCommand.class, SweepCommand.class})
public final class TalksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "start-2009 or a scenario file")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--agents", paramLabel = "US=NAME,RU=NAME", description = "agents playing the delegations")
    String agents;

    @Option(names = "--play", paramLabel = "US|RU", description = "play this delegation yourself at the console")
    String play;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report")
    Path html;

    @Override
    public Integer call() {
        if (scenario == null) {
            throw UserError.badInput("give a scenario: start-2009 or a scenario file (or a subcommand: explain, sweep)");
        }
        Scenario s = Scenarios.resolve(scenario);
        Map<Party, String> names = AgentsOption.parse(agents);
        Talks talks = Talks.prepare(s);
        Map<Party, String> agentNames = talks.agentNames(names);
        agentNames.values().forEach(n -> {
            if (Agents.byName(n).isEmpty()) {
                throw UserError.badInput("scenario agent '" + n + "' is unknown (known: " + String.join(", ", Agents.names())
                        + ")");
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        TalksResult r;
        if (play != null) {
            Party me;
            try {
                me = Party.parse(play);
            } catch (IllegalArgumentException e) {
                throw UserError.badInput("--play: " + e.getMessage());
            }
            if (!s.parties().contains(me)) {
                throw UserError.badInput("--play: " + me + " is not a delegation of " + s.id());
            }
            Map<Party, Agent> live = new LinkedHashMap<>();
            for (Party p : s.parties()) {
                live.put(p, p.equals(me) ? new ExternalAgent(new ConsolePlayer(talks, me,
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out))
                        : Agents.create(agentNames.get(p)));
            }
            agentNames.put(me, "person");
            r = talks.play(live, agentNames, seed);
        } else {
            r = talks.run(agentNames, seed);
        }
        if (html != null) {
            OutputFiles.writeAtomically(html, TalksHtml.report(s, r, talks.analysis()));
        }
        if (format == Format.JSON) {
            out.println(Json.write(TalksViews.result(r)));
        } else {
            out.print(table(s, r));
            if (html != null) {
                out.println("HTML report: " + html);
            }
        }
        return 0;
    }

    static String table(Scenario s, TalksResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append(" (").append(s.id()).append("), seed ").append(r.seed()).append(", agents ")
                .append(r.agents()).append('\n');
        if (r.agreement().isPresent()) {
            sb.append("AGREEMENT on ").append(r.agreedOn()).append(" (round ").append(r.rounds()).append(" of ")
                    .append(s.rounds()).append("):\n  ").append(Texts.terms(r.agreement().get())).append('\n');
        } else {
            sb.append("NO AGREEMENT (").append(r.endReason()).append(r.detail().isEmpty() ? "" : ": " + r.detail())
                    .append("): no treaty after ").append(s.deadline()).append('\n');
        }
        TextTable u = new TextTable("delegation", "utility", "no treaty", "Nash point");
        for (Party p : s.parties()) {
            u.row(p, Texts.u(r.utilities().get(p)), Texts.u(r.reservations().get(p)),
                    r.nashUtilities().containsKey(p) ? Texts.u(r.nashUtilities().get(p)) : null);
        }
        sb.append(u.render());
        sb.append("Distance to the Pareto frontier ").append(Texts.u(r.paretoDistance())).append(", to the Nash point ")
                .append(Double.isNaN(r.nashDistance()) ? "-" : Texts.u(r.nashDistance())).append('\n');
        sb.append("Nash bargaining terms: ").append(r.nash().map(Texts::terms).orElse("none individually rational"))
                .append('\n');
        if (!r.cuts().isEmpty()) {
            sb.append("Cuts the agreed treaty requires of the 2009 forces, on the day its limits bind:\n");
            TextTable c = new TextTable("party", "date", "limit", "counted", "ceiling", "required_cut");
            for (PartyResult pr : r.cuts()) {
                for (LimitResult l : pr.limits()) {
                    c.row(pr.party(), pr.date(), l.id(), l.counted(), l.limit(), l.requiredCut());
                }
            }
            sb.append(c.render());
        }
        sb.append("Stability (surviving warheads after a first strike by the other side; Kent & Thaler index):\n");
        TextTable st = new TextTable("case", s.parties().get(0) + " survivors", s.parties().get(1) + " survivors", "index");
        for (Map.Entry<String, TalksResult.StabilityView> e : Map.of("agreed ceilings", r.agreedStability(),
                "no treaty", r.noTreatyStability()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            st.row(e.getKey(), String.format("%.0f", e.getValue().survivors().get(s.parties().get(0))),
                    String.format("%.0f", e.getValue().survivors().get(s.parties().get(1))), Texts.u(e.getValue().index()));
        }
        sb.append(st.render());
        r.agreement().ifPresent(t -> {
            sb.append("Against the Joint Understanding (500-1,100 delivery vehicles, 1,500-1,675 warheads) and New START "
                    + "(1,550 / 700 / 800, missile defence in the preamble):\n");
            TextTable cmp = new TextTable("term", "agreed", "Joint Understanding", "New START", "difference");
            cmp.row("warheads", Texts.ceiling(t.warheads()), position(t, "warheads"), 1550,
                    t.warheads() == null ? null : t.warheads() - 1550);
            cmp.row("deployed launchers", Texts.ceiling(t.deployedLaunchers()), position(t, "deployed_launchers"), 700,
                    t.deployedLaunchers() == null ? null : t.deployedLaunchers() - 700);
            cmp.row("total launchers", Texts.ceiling(t.totalLaunchers()), position(t, "total_launchers"), 800,
                    t.totalLaunchers() == null ? null : t.totalLaunchers() - 800);
            cmp.row("missile defence", t.missileDefense(), "a provision on the interrelationship", "preamble",
                    t.missileDefense().equals("preamble") ? "same" : "differs");
            sb.append(cmp.render());
        });
        sb.append("Last moves:\n");
        for (TraceRow t : r.trace().subList(Math.max(0, r.trace().size() - 4), r.trace().size())) {
            sb.append("  ").append(t.date()).append(' ').append(t.party()).append(' ').append(t.move())
                    .append(t.terms() == null ? "" : ": " + Texts.terms(t.terms())).append('\n');
        }
        return sb.toString();
    }

    private static Object position(org.treatylab.talks.terms.Terms t, String key) {
        Map<?, ?> ju = (Map<?, ?>) Comparison.of(t).get("joint_understanding");
        return ((Map<?, ?>) ju.get(key)).get("position");
    }
}
