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
            d.weights().forEach((c, w) -> out.printf(Locale.ROOT, "  %-22s %.3f  %s%n", c, w.weight(), w.rationale()));
            d.rankings().forEach((c, r) -> out.println("  ranking " + c + ": " + String.join(" > ", r.order()) + " - "
                    + r.rationale()));
            out.printf(Locale.ROOT, "  no treaty (reservation value) = %s:", Texts.u(d.reservation()));
            d.noTreatyContributions().forEach((c, v) -> out.printf(Locale.ROOT, " %s %.3f", c, v));
            out.println();
            out.println("  forces without a treaty (projected baseline, arranged by its own criteria): "
                    + Texts.forces(d.noTreatyForces()));
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
            for (String p : s.parties()) {
                for (String f : facts) {
                    header.add(p + " " + f);
                }
            }
            TextTable t = new TextTable(header.toArray(String[]::new));
            for (ExplainView.ExplainOption o : i.options()) {
                List<Object> row = new ArrayList<>(List.of(o.option()));
                for (String p : s.parties()) {
                    for (String c : i.criteria()) {
                        Double v = o.byParty().get(p).scores().get(c);
                        row.add(v == null ? "-" : Texts.u(v));
                    }
                    row.add(Texts.u(o.byParty().get(p).value()));
                }
                for (String p : s.parties()) {
                    for (String f : facts) {
                        row.add(fact(o.byParty().get(p).facts(), f));
                    }
                }
                t.row(row.toArray());
            }
            out.print(t.render());
            if (i.criteria().contains("survivability")) {
                out.println("Restructured forces behind each option (deployed d, non-deployed n, warheads w per system):");
                for (ExplainView.ExplainOption o : i.options()) {
                    for (String p : s.parties()) {
                        out.println("  " + o.option() + " " + p + ": " + Texts.forces(o.byParty().get(p).forces()));
                    }
                }
            }
        }
        out.println();
        out.println("Scores: survivability = own survivors of the other's first strike against the requirement"
                + " (1/2 at the requirement, diminishing above); stability = first-strike stability index;"
                + " upload_hedge / upload_threat = own / the other's upload potential (diminishing; the threat is 1"
                + " minus it); force_cost = 1 - cost of the forces kept over keeping everything; parity = min(1,"
                + " own / other) for counted warheads and deployed launchers; headline_cut = cut below the limits in"
                + " force before; verification = probability of detecting the other side's cheating within a year;"
                + " intrusiveness = 1 - cost of inspections, telemetry and identifiers; rankings score best 1, worst 0.");
        out.println("Value = sum of weight x score over the criteria the issue moves. Each party's forces are its"
                + " projected baseline restructured under the ceilings to maximise its own criteria. The negotiation"
                + " uses the full joint tables, times the chance of ratification: see --format json.");
        out.println("Values: " + TalksHtml.UTILITY_SCALE + ". Sources cited as [KEY]: docs/talks-sources.md (shipped"
                + " with TreatyLab; 'treatylab serve' shows it at /docs/talks-sources.md).");
        return 0;
    }

    private static List<String> factKeys(List<String> criteria) {
        if (criteria.contains("survivability")) {
            return List.of("counted", "deployed", "total", "survivors", "upload", "index");
        }
        if (criteria.contains("verification")) {
            return List.of("P(detect)");
        }
        return List.of();
    }

    private static String fact(Map<String, Double> f, String key) {
        Double v = switch (key) {
            case "counted" -> f.get("own_counted_warheads");
            case "deployed" -> f.get("own_deployed_launchers");
            case "total" -> f.get("own_total_launchers");
            case "survivors" -> f.get("own_survivors");
            case "upload" -> f.get("own_upload_potential");
            case "index" -> f.get("stability_index");
            case "P(detect)" -> f.get("detection_probability");
            default -> null;
        };
        if (v == null) {
            return "-";
        }
        return key.equals("index") || key.equals("P(detect)") ? Texts.u(v) : String.format(Locale.ROOT, "%.0f", v);
    }
}
