package org.treatylab.cli.talks;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
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
        ScenarioRef ref = new ScenarioRef.NameOrFile(scenario);
        var door = Doors.get().talks();
        ExplainView e = door.explain(ref);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, e);
            return 0;
        }
        ScenarioView s = door.scenario(ref);
        out.println("How " + s.name() + " values its terms (" + s.id() + ")");
        out.println("Each option is shown with every other issue at the reference terms: " + Texts.terms(e.referenceTerms()));
        for (String p : s.parties()) {
            ExplainView.ExplainDelegation d = e.delegations().get(p);
            out.println();
            out.println("Delegation " + p + " (agent " + s.delegations().get(p).agent() + "), weights normalised to sum to 1:");
            d.weights().forEach((c, w) -> out.printf(Locale.ROOT, "  %-16s %.3f  %s%n", c, w.weight(), w.rationale()));
            d.rankings().forEach((c, r) -> out.println("  ranking " + c + ": " + String.join(" > ", r.order()) + " - "
                    + r.rationale()));
            out.printf(Locale.ROOT, "  no treaty (reservation value) = %s:", Texts.u(d.reservation()));
            d.noTreatyContributions().forEach((c, v) -> out.printf(Locale.ROOT, " %s %.3f", c, v));
            out.println();
        }
        for (ExplainView.ExplainIssue i : e.issues()) {
            out.println();
            out.println("Issue " + i.id() + " - " + i.label() + " (" + i.note() + ")");
            List<String> header = new ArrayList<>(List.of("option"));
            for (String p : s.parties()) {
                for (String c : i.criteria()) {
                    header.add(p + " " + c);
                }
                header.add(p + " value");
            }
            List<String> facts = factKeys(i.criteria());
            header.addAll(facts);
            TextTable t = new TextTable(header.toArray(String[]::new));
            for (ExplainView.ExplainOption o : i.options()) {
                List<Object> row = new ArrayList<>(List.of(o.option()));
                for (String p : s.parties()) {
                    for (String c : i.criteria()) {
                        row.add(Texts.u(o.byParty().get(p).scores().get(c)));
                    }
                    row.add(Texts.u(o.byParty().get(p).value()));
                }
                ExplainView.OptionValue first = o.byParty().get(s.parties().get(0));
                ExplainView.OptionValue second = o.byParty().get(s.parties().get(1));
                for (String f : facts) {
                    row.add(fact(first.facts(), second.facts(), f));
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

    private static List<String> factKeys(List<String> criteria) {
        if (criteria.contains("own_cuts")) {
            return List.of("US wh counted", "US wh cut", "RU wh counted", "RU wh cut", "US dv cut", "RU dv cut",
                    "US survivors", "RU survivors", "index");
        }
        if (criteria.contains("verification")) {
            return List.of("P(detect)");
        }
        return List.of();
    }

    private static String fact(Map<String, Double> fa, Map<String, Double> fb, String key) {
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
