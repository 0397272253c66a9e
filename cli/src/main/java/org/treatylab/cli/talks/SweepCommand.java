package org.treatylab.cli.talks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.Format;
import org.treatylab.cli.Json;
import org.treatylab.cli.OutputFiles;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.Party;
import org.treatylab.report.TalksViews;
import org.treatylab.talks.play.Sweep;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab talks sweep SCENARIO --vary PARTY.CRITERION --values ...}. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the talks once per value of one delegation's priority and show how the agreement moves.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "start-2009 or a scenario file")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "PARTY.CRITERION",
            description = "the priority to vary, e.g. RU.missile_defense or US.verification")
    String vary;

    @Option(names = "--values", required = true, split = ",", paramLabel = "W1,W2,...",
            description = "weights to try (before normalisation), e.g. 0,0.1,0.2,0.4")
    List<Double> values;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--agents", paramLabel = "US=NAME,RU=NAME")
    String agents;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Option(names = "--html", paramLabel = "FILE", description = "also write an HTML report with a chart")
    Path html;

    @Option(names = "--as-job", paramLabel = "DRAWS", description = "print a talks-robustness sweep job instead: the "
            + "priority drawn DRAWS times between the lowest and highest --values (run it with treatylab sweep run)")
    Long asJob;

    @Override
    public Integer call() {
        Sweep.Priority priority = Sweep.Priority.parse(vary);
        Scenario s = Scenarios.resolve(scenario);
        Map<Party, String> names = AgentsOption.parse(agents);
        if (values.isEmpty()) {
            throw UserError.badInput("--values: give at least one weight");
        }
        if (asJob != null) {
            if (asJob < 1) {
                throw UserError.badInput("--as-job: give at least 1 draw, got " + asJob);
            }
            Map<Party, String> agentNames = new java.util.LinkedHashMap<>();
            for (Party p : s.parties()) {
                agentNames.put(p, names.getOrDefault(p, s.delegation(p).agent()));
            }
            double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            spec.commandLine().getOut().print(org.treatylab.sweep.Shortcuts.talks(scenario,
                    agentNames.get(s.parties().get(0)), agentNames.get(s.parties().get(1)), seed,
                    priority.party().code(), priority.criterion().key(), low, high, asJob, seed));
            return 0;
        }
        Talks talks = Talks.prepare(s);
        List<Sweep.Row> rows = Sweep.run(talks, priority, values, names, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (html != null) {
            OutputFiles.writeAtomically(html, TalksHtml.sweep(s, priority, rows));
        }
        if (format == Format.JSON) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Sweep.Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", r.value());
                m.put("result", TalksViews.result(r.result()));
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("scenario", s.id());
            doc.put("vary", priority.toString());
            doc.put("runs", list);
            out.println(Json.write(doc));
            return 0;
        }
        TextTable t = new TextTable(priority.toString(), "result", "agreed on", "warheads", "deployed", "total",
                "missile defence", "inspections", s.parties().get(0) + " u", s.parties().get(1) + " u",
                "Nash warheads");
        for (Sweep.Row r : rows) {
            TalksResult x = r.result();
            var a = x.agreement();
            t.row(r.value(), a.isPresent() ? "agreement" : "none (" + x.endReason() + ")", x.agreedOn(),
                    a.map(v -> Texts.ceiling(v.warheads())).orElse(null),
                    a.map(v -> Texts.ceiling(v.deployedLaunchers())).orElse(null),
                    a.map(v -> Texts.ceiling(v.totalLaunchers())).orElse(null),
                    a.map(v -> v.missileDefense()).orElse(null), a.map(v -> v.inspectionsPerYear()).orElse(null),
                    Texts.u(x.utilities().get(s.parties().get(0))), Texts.u(x.utilities().get(s.parties().get(1))),
                    x.nash().map(v -> Texts.ceiling(v.warheads())).orElse(null));
        }
        out.print(format == Format.CSV ? t.csv() : t.render());
        if (html != null && format != Format.CSV) {
            out.println("HTML report: " + html);
        }
        return 0;
    }
}
