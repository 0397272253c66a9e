package org.treatylab.cli.talks;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.Format;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.domain.Party;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.derive.Scores;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import org.treatylab.talks.scenario.Weight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab talks explain SCENARIO}: how each delegation's preferences are derived, issue by issue. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how each delegation's value of each option is derived from the engines and its priorities.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "start-2009 or a scenario file")
    String scenario;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Override
    public Integer call() {
        Scenario s = Scenarios.resolve(scenario);
        Talks talks = Talks.prepare(s);
        Explanation e = Explanation.of(talks.derivation());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(Json.write(org.treatylab.report.TalksViews.explain(e)));
            return 0;
        }
        out.println("How " + s.name() + " values its terms (" + s.id() + ")");
        out.println("Each option is shown with every other issue at the reference terms: " + Texts.terms(e.reference()));
        for (Party p : s.parties()) {
            out.println();
            out.println("Delegation " + p + " (agent " + s.delegation(p).agent() + "), weights normalised to sum to 1:");
            for (Criterion c : Criterion.values()) {
                Weight w = s.delegation(p).weights().get(c);
                out.printf(Locale.ROOT, "  %-16s %.3f  %s%n", c.key(), s.delegation(p).weight(c),
                        w == null ? "(not weighted)" : w.rationale());
            }
            s.delegation(p).rankings().forEach((c, r) -> out.println("  ranking " + c.key() + ": "
                    + String.join(" > ", r.order()) + " - " + r.rationale()));
            out.printf(Locale.ROOT, "  no treaty (reservation value) = %s:", Texts.u(e.reservations().get(p)));
            e.noTreatyContributions(p).forEach((c, v) -> out.printf(Locale.ROOT, " %s %.3f", c.key(), v));
            out.println();
        }
        for (Explanation.IssueRows i : e.issues()) {
            out.println();
            out.println("Issue " + i.issue().id() + " - " + i.issue().label() + " (" + i.issue().note() + ")");
            List<String> header = new ArrayList<>(List.of("option"));
            for (Party p : s.parties()) {
                for (Criterion c : i.criteria()) {
                    header.add(p + " " + c.key());
                }
                header.add(p + " value");
            }
            List<String> facts = factKeys(i.criteria());
            header.addAll(facts);
            TextTable t = new TextTable(header.toArray(String[]::new));
            for (Explanation.OptionRow o : i.options()) {
                List<Object> row = new ArrayList<>(List.of(o.option()));
                for (Party p : s.parties()) {
                    for (Criterion c : i.criteria()) {
                        row.add(Texts.u(o.scores().get(p).score(c)));
                    }
                    row.add(Texts.u(o.contribution().get(p)));
                }
                Party first = s.parties().get(0);
                Party second = s.parties().get(1);
                for (String f : facts) {
                    row.add(fact(o, first, second, f));
                }
                t.row(row.toArray());
            }
            out.print(t.render());
        }
        out.println();
        out.println("Scores: own_cuts = 1 - share of own forces cut; other_cuts = share of the other side's forces cut;"
                + " survivability = own survivors / survivors without a treaty; stability = first-strike stability"
                + " index; verification = probability of detecting the other side's cheating within a year;"
                + " intrusiveness = 1 - cost of inspections, telemetry and identifiers; rankings score best 1, worst 0.");
        out.println("Value = sum of weight x score over the criteria the issue moves. The full joint tables (issues that"
                + " interact) are what the negotiation uses: see --format json.");
        return 0;
    }

    private static List<String> factKeys(List<Criterion> criteria) {
        if (criteria.contains(Criterion.OWN_CUTS)) {
            return List.of("US wh counted", "US wh cut", "RU wh counted", "RU wh cut", "US dv cut", "RU dv cut",
                    "US survivors", "RU survivors", "index");
        }
        if (criteria.contains(Criterion.VERIFICATION)) {
            return List.of("P(detect)");
        }
        return List.of();
    }

    private static String fact(Explanation.OptionRow o, Party a, Party b, String key) {
        Scores sa = o.scores().get(a);
        Scores sb = o.scores().get(b);
        Map<String, Double> fa = sa.facts();
        Map<String, Double> fb = sb.facts();
        Double v = switch (key) {
            case "US wh counted" -> fa.get("own_warheads_counted");
            case "US wh cut" -> fa.get("own_warheads_cut");
            case "RU wh counted" -> fb.get("own_warheads_counted");
            case "RU wh cut" -> fb.get("own_warheads_cut");
            case "US dv cut" -> fa.get("own_deployed-launchers_cut");
            case "RU dv cut" -> fb.get("own_deployed-launchers_cut");
            case "US survivors" -> fa.get("own_survivors");
            case "RU survivors" -> fb.get("own_survivors");
            case "index" -> fa.get("stability_index");
            case "P(detect)" -> fa.get("detection_probability");
            default -> null;
        };
        if (v == null) {
            return "-";
        }
        return key.equals("index") || key.equals("P(detect)") ? Texts.u(v) : String.format(Locale.ROOT, "%.0f", v);
    }

}
