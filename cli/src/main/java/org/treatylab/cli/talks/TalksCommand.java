package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.treatylab.talks.play.Ensemble;
import org.treatylab.talks.play.Landing;
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

    @Option(names = "--ensemble", defaultValue = "default", paramLabel = "default|full|off",
            description = "the ensemble of runs summarised: default (5 agents in every ordered pair x 5 seeds), "
                    + "full (9 agents x 10 seeds) or off (the one run only)")
    String ensemble;

    @Option(names = "--plain-offers", description = "time-dependent agents offer the first outcome above their "
            + "target instead of the one best for their model of the other side")
    boolean plainOffers;

    @Override
    public Integer call() {
        if (scenario == null) {
            throw UserError.badInput("give a scenario: start-2009 or a scenario file (or a subcommand: explain, sweep)");
        }
        Ensemble.Spec ensembleSpec = switch (ensemble) {
            case "default" -> Ensemble.DEFAULT;
            case "full" -> Ensemble.FULL;
            case "off" -> null;
            default -> throw UserError.badInput("--ensemble: expected default, full or off, got '" + ensemble + "'");
        };
        Scenario s = Scenarios.resolve(scenario);
        Map<Party, String> names = AgentsOption.parse(agents);
        for (Party p : s.parties()) {
            String n = names.getOrDefault(p, s.delegation(p).agent());
            if (Agents.byName(n).isEmpty()) {
                throw UserError.badInput("scenario agent '" + n + "' is unknown (known: " + String.join(", ", Agents.names())
                        + ")");
            }
        }
        Party me = null;
        if (play != null) {
            try {
                me = Party.parse(play);
            } catch (IllegalArgumentException e) {
                throw UserError.badInput("--play: " + e.getMessage());
            }
            if (!s.parties().contains(me)) {
                throw UserError.badInput("--play: " + me + " is not a delegation of " + s.id());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("deriving the delegations' preferences (restructuring under every set of ceilings)...");
        err.flush();
        Talks talks = Talks.prepare(s).withOpponentAwareOffers(!plainOffers);
        Map<Party, String> agentNames = talks.agentNames(names);
        PrintWriter out = spec.commandLine().getOut();
        TalksResult r;
        if (me != null) {
            Map<Party, Agent> live = new LinkedHashMap<>();
            for (Party p : s.parties()) {
                live.put(p, p.equals(me) ? new ExternalAgent(new ConsolePlayer(talks, me,
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out))
                        : talks.agent(agentNames.get(p)));
            }
            agentNames.put(me, "person");
            r = talks.play(live, agentNames, seed);
        } else {
            r = talks.run(agentNames, seed);
        }
        Ensemble.Robustness rob = null;
        if (ensembleSpec != null && play == null) {
            int n = (int) Math.pow(ensembleSpec.agents().size(), s.parties().size()) * ensembleSpec.seeds().size();
            err.println("playing the ensemble: " + n + " runs...");
            err.flush();
            rob = Ensemble.run(talks, ensembleSpec);
        }
        if (html != null) {
            OutputFiles.writeAtomically(html, TalksHtml.report(s, r, talks.analysis()));
        }
        if (format == Format.JSON) {
            out.println(Json.write(rob == null ? TalksViews.result(r) : TalksViews.result(r, rob)));
        } else {
            if (rob != null) {
                out.print(summary(talks, ensembleSpec, rob, r));
                out.println();
                out.println("The default run (one pair of agents, one seed), in detail:");
            }
            out.print(table(s, r));
            if (html != null) {
                out.println("HTML report: " + html);
            }
        }
        return 0;
    }

    /** The ensemble summary: bargaining solutions, the distribution, the comparison with history, and why. */
    static String summary(Talks talks, Ensemble.Spec spec, Ensemble.Robustness e, TalksResult r) {
        Scenario s = talks.scenario();
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append(" (").append(s.id()).append(")\n");
        sb.append("Ensemble: ").append(spec.agents().size()).append(" agents (").append(String.join(", ", spec.agents()))
                .append(") in every assignment to the ").append(s.parties().size()).append(" delegations x ")
                .append(spec.seeds().size()).append(" seeds = ").append(e.runs())
                .append(" runs over one derivation of the preferences; opponent-aware offers ")
                .append(talks.opponentAwareOffers() ? "on" : "off").append(".\n");
        sb.append("Deadline ").append(s.deadline()).append(s.softDeadline() ? " (soft: the talks may go on to "
                + s.end() + ", a gap costing its share of " + (int) s.parameter("horizon_years") + " years)" : " (hard)")
                .append("; utilities are expected utilities, weighed by the chance that both legislatures ratify.\n");
        sb.append("Bargaining solutions over the ").append(talks.analysis().outcomes()).append(" outcomes:\n");
        sb.append("  Nash:              ").append(r.nash().map(Texts::terms).orElse("none individually rational"))
                .append(utilities(r.nashUtilities())).append('\n');
        sb.append("  Kalai-Smorodinsky: ").append(r.kalaiSmorodinsky().map(Texts::terms)
                .orElse("none individually rational")).append(utilities(r.kalaiSmorodinskyUtilities())).append('\n');
        sb.append("Distribution over the ").append(e.runs()).append(" runs:\n");
        sb.append(String.format(java.util.Locale.ROOT, "  agreement by %s (START I lapses): %.0f%% of runs; by the end"
                + " of the calendar (%s): %.0f%%%n", s.deadline(), 100 * e.agreementShareByDeadline(), s.end(),
                100 * e.agreementShare()));
        sb.append(String.format(java.util.Locale.ROOT, "  modal terms (%.0f%% of runs): %s%n", 100 * e.modalShare(),
                e.modal().map(Texts::terms).orElse("none (no run agreed)")));
        if (e.agreedOn() != null) {
            sb.append("  agreement dates: 10th percentile ").append(e.agreedOn().get(0)).append(", median ")
                    .append(e.agreedOn().get(1)).append(", 90th percentile ").append(e.agreedOn().get(2)).append('\n');
        }
        sb.append("  ceilings agreed (warheads / deployed launchers / total launchers): ").append(ceilings(e))
                .append('\n');
        sb.append("Against the Joint Understanding of 2009-07-06 (500-1,100 delivery vehicles, 1,500-1,675 warheads) and"
                + " New START (1,550 warheads / 700 deployed / 800 total launchers):\n");
        TextTable t = new TextTable("term", "Nash", "Kalai-Smorodinsky", "modal", "Joint Understanding", "New START");
        java.util.function.Function<java.util.Optional<org.treatylab.talks.terms.Terms>, java.util.function.Function<
                java.util.function.Function<org.treatylab.talks.terms.Terms, Object>, Object>> col =
                        o -> f -> o.map(f).orElse("-");
        var nash = col.apply(r.nash());
        var ks = col.apply(r.kalaiSmorodinsky());
        var modal = col.apply(e.modal());
        t.row("warheads", nash.apply(x -> Texts.ceiling(x.warheads())), ks.apply(x -> Texts.ceiling(x.warheads())),
                modal.apply(x -> Texts.ceiling(x.warheads())), "1,500-1,675", "1,550");
        t.row("deployed launchers", nash.apply(x -> Texts.ceiling(x.deployedLaunchers())),
                ks.apply(x -> Texts.ceiling(x.deployedLaunchers())), modal.apply(x -> Texts.ceiling(x.deployedLaunchers())),
                "500-1,100", "700");
        t.row("total launchers", nash.apply(x -> Texts.ceiling(x.totalLaunchers())),
                ks.apply(x -> Texts.ceiling(x.totalLaunchers())), modal.apply(x -> Texts.ceiling(x.totalLaunchers())),
                "500-1,100", "800");
        t.row("missile defence", nash.apply(x -> x.missileDefense()), ks.apply(x -> x.missileDefense()),
                modal.apply(x -> x.missileDefense()), "a provision on the interrelationship", "preamble");
        sb.append(t.render());
        java.util.Optional<org.treatylab.talks.terms.Terms> focus = e.modal().isPresent() ? e.modal() : r.nash();
        focus.ifPresent(x -> sb.append("Why: ").append(Landing.why(talks.derivation(), x)).append('\n'));
        return sb.toString();
    }

    private static String utilities(Map<Party, Double> u) {
        if (u.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        u.forEach((p, v) -> sb.append(sb.length() > 2 ? ", " : "").append(p).append(' ').append(Texts.u(v)));
        return sb.append(')').toString();
    }

    /** The share of runs per agreed ceiling triple, most frequent first. */
    private static String ceilings(Ensemble.Robustness e) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Ensemble.Run run : e.all()) {
            String k = run.agreement().map(x -> Texts.ceiling(x.warheads()) + " / " + Texts.ceiling(x.deployedLaunchers())
                    + " / " + Texts.ceiling(x.totalLaunchers())).orElse("no agreement");
            counts.merge(k, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).toList();
        List<String> parts = new java.util.ArrayList<>();
        int rest = 0;
        for (Map.Entry<String, Integer> x : sorted) {
            if (parts.size() < 6) {
                parts.add(x.getKey() + " " + String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * x.getValue() / e.runs()));
            } else {
                rest += x.getValue();
            }
        }
        if (rest > 0) {
            parts.add((sorted.size() - 6) + " others " + String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * rest / e.runs()));
        }
        return String.join("; ", parts);
    }

    static String table(Scenario s, TalksResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append(" (").append(s.id()).append("), seed ").append(r.seed()).append(", agents ")
                .append(r.agents()).append('\n');
        if (r.agreement().isPresent()) {
            sb.append("AGREEMENT on ").append(r.agreedOn()).append(" (round ").append(r.rounds()).append(" of ")
                    .append(s.rounds()).append(r.agreedOn().isBefore(s.deadline()) ? ", before the deadline "
                            : String.format(java.util.Locale.ROOT, ", after the deadline %s: %.1f%% of the horizon"
                                    + " without a treaty", s.deadline(), 100 * r.delayShare()))
                    .append("):\n  ").append(Texts.terms(r.agreement().get())).append('\n');
            sb.append(String.format(java.util.Locale.ROOT, "  chance that both legislatures ratify: %.2f%n",
                    r.ratification()));
        } else {
            sb.append("NO AGREEMENT (").append(r.endReason()).append(r.detail().isEmpty() ? "" : ": " + r.detail())
                    .append("): no treaty after ").append(s.deadline()).append('\n');
        }
        TextTable u = new TextTable("delegation", "utility", "no treaty", "Nash point", "Kalai-Smorodinsky");
        for (Party p : s.parties()) {
            u.row(p, Texts.u(r.utilities().get(p)), Texts.u(r.reservations().get(p)),
                    r.nashUtilities().containsKey(p) ? Texts.u(r.nashUtilities().get(p)) : null,
                    r.kalaiSmorodinskyUtilities().containsKey(p) ? Texts.u(r.kalaiSmorodinskyUtilities().get(p)) : null);
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
        sb.append("Stability of the forces each side arranges at the horizon (surviving warheads after a first strike by"
                + " the other side; Kent & Thaler index):\n");
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
