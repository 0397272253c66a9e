package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.treatylab.app.foundation.LimitRow;
import org.treatylab.app.talks.EnsembleSize;
import org.treatylab.app.talks.NewStartComparison;
import org.treatylab.app.talks.Robustness;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksStart;
import org.treatylab.app.talks.TalksState;
import org.treatylab.app.talks.TermsView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.OutputFiles;
import org.treatylab.cli.common.TextTable;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab talks SCENARIO}: play the talks and evaluate the outcome. */
@Command(name = "talks", mixinStandardHelpOptions = true,
        description = "Play arms-control talks (start-2009, after-new-start-2026 or a scenario file) with engine agents"
                + " or yourself.",
        subcommands = {ExplainCommand.class, SweepCommand.class, PlayCommand.class, CompareCommand.class})
public final class TalksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "start-2009, after-new-start-2026 or a scenario"
            + " file")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--agents", paramLabel = "US=NAME,RU=NAME", description = "agents playing the delegations")
    String agents;

    @Option(names = "--play", paramLabel = "US|RU|CN", description = "play this delegation yourself at the console")
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
            throw new InputException("give a scenario: start-2009, after-new-start-2026 or a scenario file (or a "
                    + "subcommand: explain, sweep, play, compare)");
        }
        EnsembleSize size = EnsembleSize.parse("--ensemble", ensemble);
        TalksDoor door = Doors.get().talks();
        ScenarioRef ref = new ScenarioRef.NameOrFile(scenario);
        Map<Party, String> names = AgentsOption.parse(agents);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> progress = line -> {
            err.println(line);
            err.flush();
        };
        ScenarioView s = door.scenario(ref);
        TalksRun r;
        if (play != null) {
            Party me = Values.party("--play", play);
            TalksState seat = door.start(new TalksStart(ref, names, seed, Set.of(me), me, false, !plainOffers),
                    progress);
            r = new ConsolePlayer(new LocalSeat(door, s, seat.id(), seat.seatSecret()), new BufferedReader(
                    new InputStreamReader(System.in, StandardCharsets.UTF_8)), out).play();
        } else {
            r = door.run(ref, names, seed, !plainOffers, size, progress);
        }
        if (html != null) {
            OutputFiles.writeAtomically(html, TalksHtml.report(s, r, door.analysis(ref), door.explain(ref)));
        }
        if (format == Format.JSON) {
            Output.json(out, r);
        } else {
            if (r.robustness() != null) {
                out.print(summary(s, r, door.analysis(ref).outcomes()));
                out.println();
                out.println(s.parties().size() == 2 ? "The default run (one pair of agents, one seed), in detail:"
                        : "The default run (the scenario's agents, one seed), in detail:");
            }
            out.print(table(s, r));
            if (r.robustness() != null && play == null && door.hasBilateral(ref)) {
                out.println();
                out.print(CompareCommand.text(door.compare(ref, !plainOffers, size, progress)));
            }
            if (html != null) {
                out.println("HTML report: " + html);
            }
        }
        return 0;
    }

    /** The ensemble summary: bargaining solutions, the distribution, the comparison with history, and why. */
    static String summary(ScenarioView s, TalksRun r, long outcomes) {
        Robustness e = r.robustness();
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append(" (").append(s.id()).append(")\n");
        sb.append("Ensemble: ").append(e.agents().size()).append(" agents (").append(String.join(", ", e.agents()))
                .append(") in every assignment to the ").append(s.parties().size()).append(" delegations x ")
                .append(e.seeds()).append(" seeds = ").append(e.runs())
                .append(" runs over one derivation of the preferences; opponent-aware offers ")
                .append(e.opponentAwareOffers() ? "on" : "off").append(".\n");
        sb.append("Deadline ").append(s.deadline()).append(s.deadlineKind().equals("soft") ? " (soft: the talks may go "
                + "on to " + s.end() + ", a gap costing its share of " + (int) s.horizonYears() + " years)" : " (hard)")
                .append("; utilities are expected utilities, weighed by the chance that ")
                .append(s.parties().size() == 2 ? "both legislatures ratify" : "every legislature ratifies").append(".\n");
        sb.append("Bargaining solutions over the ").append(outcomes).append(" outcomes:\n");
        sb.append("  Nash:              ").append(termsOr(r.nash().agreement(), "none individually rational"))
                .append(utilities(r.nash().utilities())).append('\n');
        sb.append("  Kalai-Smorodinsky: ").append(termsOr(r.kalaiSmorodinsky().agreement(),
                "none individually rational")).append(utilities(r.kalaiSmorodinsky().utilities())).append('\n');
        sb.append("Distribution over the ").append(e.runs()).append(" runs:\n");
        sb.append(String.format(Locale.ROOT, "  agreement by %s (%s): %.0f%% of runs; by the end"
                + " of the calendar (%s): %.0f%%%n", s.deadline(), s.parties().size() == 2 ? "START I lapses"
                        : "the deadline", 100 * e.agreementShareByDeadline(), s.end(), 100 * e.agreementShare()));
        sb.append(String.format(Locale.ROOT, "  modal terms (%.0f%% of runs): %s%n", 100 * e.modalShare(),
                termsOr(e.modal().terms(), "none (no run agreed)")));
        if (e.agreedOn().p50() != null) {
            sb.append("  agreement dates: 10th percentile ").append(e.agreedOn().p10()).append(", median ")
                    .append(e.agreedOn().p50()).append(", 90th percentile ").append(e.agreedOn().p90()).append('\n');
        }
        sb.append("  ceilings agreed (warheads / deployed launchers / total launchers): ").append(ceilings(e))
                .append('\n');
        if (s.parties().size() > 2) {
            sb.append(againstNewStart(r, e));
            if (e.why() != null) {
                sb.append("Why: ").append(e.why()).append('\n');
            }
            return sb.toString();
        }
        NewStartComparison.References h = NewStartComparison.REFERENCES;
        String vehicles = String.format(Locale.ROOT, "%,d-%,d", h.jointVehiclesLow(), h.jointVehiclesHigh());
        String warheads = String.format(Locale.ROOT, "%,d-%,d", h.jointWarheadsLow(), h.jointWarheadsHigh());
        sb.append("Against the Joint Understanding of 2009-07-06 (" + vehicles + " delivery vehicles, " + warheads
                + " warheads) and New START (" + String.format(Locale.ROOT, "%,d", h.newStartWarheads()) + " warheads / "
                + h.newStartDeployed() + " deployed / " + h.newStartTotal() + " total launchers):\n");
        TextTable t = new TextTable("term", "Nash", "Kalai-Smorodinsky", "modal", "Joint Understanding", "New START");
        List<TermsView> cols = Arrays.asList(r.nash().agreement(), r.kalaiSmorodinsky().agreement(), e.modal().terms());
        t.row(row("warheads", cols, x -> Texts.ceiling(x.warheads()), warheads,
                String.format(Locale.ROOT, "%,d", h.newStartWarheads())));
        t.row(row("deployed launchers", cols, x -> Texts.ceiling(x.deployedLaunchers()), vehicles,
                String.valueOf(h.newStartDeployed())));
        t.row(row("total launchers", cols, x -> Texts.ceiling(x.totalLaunchers()), vehicles,
                String.valueOf(h.newStartTotal())));
        t.row(row("missile defence", cols, TermsView::missileDefense, "a provision on the interrelationship",
                h.newStartMissileDefense()));
        sb.append(t.render());
        if (e.why() != null) {
            sb.append("Why: ").append(e.why()).append('\n');
        }
        return sb.toString();
    }

    /** Talks after New START: the bargaining solutions and the modal terms beside New START's limits. */
    private static String againstNewStart(TalksRun r, Robustness e) {
        NewStartComparison.References h = NewStartComparison.REFERENCES;
        StringBuilder sb = new StringBuilder("Against New START (" + String.format(Locale.ROOT, "%,d", h.newStartWarheads())
                + " warheads / " + h.newStartDeployed() + " deployed / " + h.newStartTotal()
                + " total launchers; expired 2026-02-05):\n");
        TextTable t = new TextTable("term", "Nash", "Kalai-Smorodinsky", "modal", "New START");
        List<TermsView> cols = Arrays.asList(r.nash().agreement(), r.kalaiSmorodinsky().agreement(), e.modal().terms());
        t.row(row("warheads (US, RU)", cols, x -> Texts.ceiling(x.warheads()), String.format(Locale.ROOT, "%,d",
                h.newStartWarheads())));
        java.util.Set<String> others = new java.util.LinkedHashSet<>();
        cols.forEach(c -> {
            if (c != null) {
                others.addAll(c.otherIssues().keySet());
            }
        });
        t.row(row("deployed launchers", cols, x -> Texts.ceiling(x.deployedLaunchers()),
                String.valueOf(h.newStartDeployed())));
        t.row(row("total launchers", cols, x -> Texts.ceiling(x.totalLaunchers()), String.valueOf(h.newStartTotal())));
        t.row(row("missile defence", cols, TermsView::missileDefense, h.newStartMissileDefense()));
        t.row(row("inspections a year", cols, x -> x.inspectionsPerYear(), "18"));
        t.row(row("duration (years)", cols, x -> x.durationYears(), "10"));
        for (String k : others) {
            t.row(row(k.replace('_', ' '), cols, x -> x.otherIssues().getOrDefault(k, "-"), "-"));
        }
        sb.append(t.render());
        return sb.toString();
    }

    private static Object[] row(String term, List<TermsView> cols, Function<TermsView, Object> f, String reference) {
        List<Object> row = new ArrayList<>(List.of(term));
        cols.forEach(c -> row.add(c == null ? "-" : f.apply(c)));
        row.add(reference);
        return row.toArray();
    }

    private static String termsOr(TermsView t, String none) {
        return t == null ? none : Texts.terms(t);
    }

    private static Object[] row(String term, List<TermsView> cols, Function<TermsView, Object> f, String joint,
            String newStart) {
        List<Object> row = new ArrayList<>(List.of(term));
        cols.forEach(c -> row.add(c == null ? "-" : f.apply(c)));
        row.add(joint);
        row.add(newStart);
        return row.toArray();
    }

    private static String utilities(Map<String, Double> u) {
        if (u.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        u.forEach((p, v) -> sb.append(sb.length() > 2 ? ", " : "").append(p).append(' ').append(Texts.u(v)));
        return sb.append(')').toString();
    }

    /** The six most frequent ceiling triples with their share of the runs, then the rest together. */
    private static String ceilings(Robustness e) {
        List<String> parts = new ArrayList<>();
        int rest = 0;
        int others = 0;
        for (Robustness.CeilingsShare c : e.ceilings()) {
            if (parts.size() < 6) {
                String k = c.agreed() ? Texts.ceiling(c.warheads()) + " / " + Texts.ceiling(c.deployedLaunchers())
                        + " / " + Texts.ceiling(c.totalLaunchers()) : "no agreement";
                parts.add(k + " " + String.format(Locale.ROOT, "%.0f%%", 100.0 * c.runs() / e.runs()));
            } else {
                rest += c.runs();
                others++;
            }
        }
        if (rest > 0) {
            parts.add(others + " others " + String.format(Locale.ROOT, "%.0f%%", 100.0 * rest / e.runs()));
        }
        return String.join("; ", parts);
    }

    static String table(ScenarioView s, TalksRun r) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append(" (").append(s.id()).append("), seed ").append(r.seed()).append(", agents ")
                .append(r.agents()).append('\n');
        if (r.agreement() != null) {
            sb.append("AGREEMENT on ").append(r.agreedOn()).append(" (round ").append(r.rounds()).append(" of ")
                    .append(s.rounds()).append(r.agreedOn().isBefore(s.deadline()) ? ", before the deadline "
                            : String.format(Locale.ROOT, ", after the deadline %s: %.1f%% of the horizon"
                                    + " without a treaty", s.deadline(), 100 * r.delayShare()))
                    .append("):\n  ").append(Texts.terms(r.agreement())).append('\n');
            sb.append(String.format(Locale.ROOT, "  chance that %s ratify: %.2f%n", s.parties().size() == 2
                    ? "both legislatures" : "all " + s.parties().size() + " legislatures", r.ratificationProbability()));
        } else {
            sb.append("NO AGREEMENT (").append(r.end()).append(r.detail().isEmpty() ? "" : ": " + r.detail())
                    .append("): no treaty after ").append(s.deadline()).append('\n');
        }
        TextTable u = new TextTable("delegation", "utility", "no treaty", "Nash point", "Kalai-Smorodinsky");
        for (String p : s.parties()) {
            u.row(p, Texts.u(r.utilities().get(p)), Texts.u(r.reservation().get(p)),
                    r.nash().utilities().containsKey(p) ? Texts.u(r.nash().utilities().get(p)) : null,
                    r.kalaiSmorodinsky().utilities().containsKey(p) ? Texts.u(r.kalaiSmorodinsky().utilities().get(p))
                            : null);
        }
        sb.append(u.render());
        sb.append("Values: ").append(TalksHtml.UTILITY_SCALE).append("; why: treatylab talks explain ").append(s.id())
                .append('\n');
        sb.append("Distance to the Pareto frontier ").append(Texts.u(r.paretoDistance())).append(", to the Nash point ")
                .append(r.nashDistance() == null ? "-" : Texts.u(r.nashDistance())).append('\n');
        sb.append("Nash bargaining terms: ").append(r.nash().agreement() == null ? "none individually rational"
                : Texts.terms(r.nash().agreement())).append('\n');
        if (!r.cutsByReductionDeadline().isEmpty()) {
            sb.append(s.parties().size() == 2 ? "Cuts the agreed treaty requires of the 2009 forces, on the day its"
                    + " limits bind:\n" : "Cuts the agreed treaty requires of today's forces (the scenario's"
                    + " postures), on the day its limits bind:\n");
            TextTable c = new TextTable("party", "date", "limit", "counted", "ceiling", "required_cut");
            for (TalksRun.TalksCut pr : r.cutsByReductionDeadline()) {
                for (LimitRow l : pr.limits()) {
                    c.row(pr.party(), pr.date(), l.id(), l.counted(), l.limit(), l.requiredCut());
                }
            }
            sb.append(c.render());
        }
        List<String> ps = new ArrayList<>(r.stability().noTreaty().survivingWarheads().keySet());
        sb.append(ps.size() == 2 ? "Stability of the forces each side arranges at the horizon (surviving warheads after"
                + " a first strike by the other side; Kent & Thaler index):\n" : "Stability of the forces each party"
                + " arranges at the horizon (surviving warheads after the first strike the scenario judges survivability"
                + " against, by default the worse single attacker's; N-party index, docs/stability-n-party.md):\n");
        List<String> head = new ArrayList<>(List.of("case"));
        ps.forEach(p -> head.add(p + " survivors"));
        head.add("index");
        TextTable st = new TextTable(head.toArray(String[]::new));
        for (Map.Entry<String, TalksRun.TalksStability> e : Map.of("agreed ceilings", r.stability().agreed(),
                "no treaty", r.stability().noTreaty()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<Object> row = new ArrayList<>(List.of(e.getKey()));
            ps.forEach(p -> row.add(String.format("%.0f", e.getValue().survivingWarheads().get(p))));
            row.add(Texts.u(e.getValue().stabilityIndex()));
            st.row(row.toArray());
        }
        sb.append(st.render());
        if (r.agreement() != null && r.comparedToNewStart() != null && s.parties().size() == 2) {
            TermsView t = r.agreement();
            NewStartComparison.JointUnderstanding ju = r.comparedToNewStart().jointUnderstanding();
            NewStartComparison.NewStart ns = r.comparedToNewStart().newStart();
            NewStartComparison.References h = NewStartComparison.REFERENCES;
            sb.append("Against the Joint Understanding (" + String.format(Locale.ROOT, "%,d-%,d", h.jointVehiclesLow(),
                    h.jointVehiclesHigh()) + " delivery vehicles, " + String.format(Locale.ROOT, "%,d-%,d",
                    h.jointWarheadsLow(), h.jointWarheadsHigh()) + " warheads) and New START "
                    + "(" + String.format("%,d", ns.warheads().signed()) + " / " + ns.deployedLaunchers().signed() + " / "
                    + ns.totalLaunchers().signed() + ", missile defence in the " + ns.missileDefense().signed() + "):\n");
            TextTable cmp = new TextTable("term", "agreed", "Joint Understanding", "New START", "difference");
            cmp.row("warheads", Texts.ceiling(t.warheads()), ju.warheads().position(), ns.warheads().signed(),
                    ns.warheads().difference());
            cmp.row("deployed launchers", Texts.ceiling(t.deployedLaunchers()), ju.deployedLaunchers().position(),
                    ns.deployedLaunchers().signed(), ns.deployedLaunchers().difference());
            cmp.row("total launchers", Texts.ceiling(t.totalLaunchers()), ju.totalLaunchers().position(),
                    ns.totalLaunchers().signed(), ns.totalLaunchers().difference());
            cmp.row("missile defence", t.missileDefense(), "a provision on the interrelationship",
                    ns.missileDefense().signed(), ns.missileDefense().same() ? "same" : "differs");
            sb.append(cmp.render());
        }
        sb.append("Last moves:\n");
        for (TalksRun.TraceMove m : r.trace().subList(Math.max(0, r.trace().size() - 4), r.trace().size())) {
            sb.append("  ").append(m.date()).append(' ').append(m.party()).append(' ').append(m.move())
                    .append(m.terms() == null ? "" : ": " + Texts.terms(m.terms())).append('\n');
        }
        return sb.toString();
    }
}
