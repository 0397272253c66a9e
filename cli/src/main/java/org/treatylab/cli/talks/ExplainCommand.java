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
            for (Criterion c : s.delegation(p).criteria()) {
                Weight w = s.delegation(p).weights().get(c);
                out.printf(Locale.ROOT, "  %-22s %.3f  %s%n", c.key(), s.delegation(p).weight(c), w.rationale());
            }
            s.delegation(p).rankings().forEach((c, r) -> out.println("  ranking " + c + ": "
                    + String.join(" > ", r.order()) + " - " + r.rationale()));
            out.printf(Locale.ROOT, "  no treaty (reservation value) = %s:", Texts.u(e.reservations().get(p)));
            e.noTreatyContributions(p).forEach((c, v) -> out.printf(Locale.ROOT, " %s %.3f", c.key(), v));
            out.println();
            out.println("  forces without a treaty (projected baseline, arranged by its own criteria): "
                    + Texts.forces(e.noTreaty().get(p).forces()));
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
            for (Party p : s.parties()) {
                for (String f : facts) {
                    header.add(p + " " + f);
                }
            }
            TextTable t = new TextTable(header.toArray(String[]::new));
            for (Explanation.OptionRow o : i.options()) {
                List<Object> row = new ArrayList<>(List.of(o.option()));
                for (Party p : s.parties()) {
                    for (Criterion c : i.criteria()) {
                        Double v = o.scores().get(p).scores().get(c);
                        row.add(v == null ? "-" : Texts.u(v));
                    }
                    row.add(Texts.u(o.contribution().get(p)));
                }
                for (Party p : s.parties()) {
                    for (String f : facts) {
                        row.add(fact(o.scores().get(p), f));
                    }
                }
                t.row(row.toArray());
            }
            out.print(t.render());
            if (i.criteria().contains(Criterion.SURVIVABILITY)) {
                out.println("Restructured forces behind each option (deployed d, non-deployed n, warheads w per system):");
                for (Explanation.OptionRow o : i.options()) {
                    for (Party p : s.parties()) {
                        out.println("  " + o.option() + " " + p + ": " + Texts.forces(o.scores().get(p).forces()));
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
        return 0;
    }

    private static List<String> factKeys(List<Criterion> criteria) {
        if (criteria.contains(Criterion.SURVIVABILITY)) {
            return List.of("counted", "deployed", "total", "survivors", "upload", "index");
        }
        if (criteria.contains(Criterion.VERIFICATION)) {
            return List.of("P(detect)");
        }
        return List.of();
    }

    private static String fact(Scores sc, String key) {
        Map<String, Double> f = sc.facts();
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
