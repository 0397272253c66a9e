package org.treatylab.cli.talks;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksSweep;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.OutputFiles;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
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
        if (values.isEmpty()) {
            throw new InputException("--values: give at least one weight");
        }
        ScenarioRef ref = new ScenarioRef.NameOrFile(scenario);
        var door = Doors.get().talks();
        if (asJob != null) {
            return printJob(door.scenario(ref));
        }
        TalksSweep sweep = door.sweep(ref, vary, values, AgentsOption.parse(agents), seed);
        ScenarioView s = door.scenario(ref);
        PrintWriter out = spec.commandLine().getOut();
        if (html != null) {
            OutputFiles.writeAtomically(html, TalksHtml.sweep(s, sweep));
        }
        if (format == Format.JSON) {
            Output.json(out, sweep);
            return 0;
        }
        String a = s.parties().get(0);
        String b = s.parties().get(1);
        TextTable t = new TextTable(sweep.vary(), "result", "agreed on", "warheads", "deployed", "total",
                "missile defence", "inspections", a + " u", b + " u", "Nash warheads");
        for (TalksSweep.Run r : sweep.runs()) {
            TalksRun x = r.result();
            var v = x.agreement();
            var n = x.nash().agreement();
            t.row(r.value(), v != null ? "agreement" : "none (" + x.end() + ")", x.agreedOn(),
                    v == null ? null : Texts.ceiling(v.warheads()), v == null ? null : Texts.ceiling(v.deployedLaunchers()),
                    v == null ? null : Texts.ceiling(v.totalLaunchers()), v == null ? null : v.missileDefense(),
                    v == null ? null : v.inspectionsPerYear(), Texts.u(x.utilities().get(a)),
                    Texts.u(x.utilities().get(b)), n == null ? null : Texts.ceiling(n.warheads()));
        }
        out.print(format == Format.CSV ? t.csv() : t.render());
        if (html != null && format != Format.CSV) {
            out.println("HTML report: " + html);
        }
        return 0;
    }

    private int printJob(ScenarioView s) {
        if (asJob < 1) {
            throw new InputException("--as-job: give at least 1 draw, got " + asJob);
        }
        int dot = vary.indexOf('.');
        if (dot <= 0) {
            throw new InputException("--vary '" + vary + "': expected PARTY.CRITERION, e.g. RU.missile_defense");
        }
        var names = AgentsOption.parse(agents);
        String a = s.parties().get(0);
        String b = s.parties().get(1);
        String agentA = names.entrySet().stream().filter(e -> e.getKey().code().equals(a)).map(e -> e.getValue())
                .findFirst().orElse(s.delegations().get(a).agent());
        String agentB = names.entrySet().stream().filter(e -> e.getKey().code().equals(b)).map(e -> e.getValue())
                .findFirst().orElse(s.delegations().get(b).agent());
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        spec.commandLine().getOut().print(Doors.get().sweeps().talksJob(scenario, agentA, agentB, seed,
                vary.substring(0, dot), vary.substring(dot + 1), low, high, asJob, seed));
        return 0;
    }
}
