package org.treatylab.cli.talks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.LimitRow;
import org.treatylab.app.talks.NewStartComparison;
import org.treatylab.app.talks.ScenarioRef;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksRun;
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
            throw new InputException("give a scenario: start-2009 or a scenario file (or a subcommand: explain, sweep)");
        }
        TalksDoor door = Doors.get().talks();
        ScenarioRef ref = new ScenarioRef.NameOrFile(scenario);
        Map<Party, String> names = AgentsOption.parse(agents);
        PrintWriter out = spec.commandLine().getOut();
        ScenarioView s = door.scenario(ref);
        TalksRun r;
        if (play != null) {
            Party me = Values.party("--play", play);
            String id = door.start(ref, me, names, seed).id();
            r = new ConsolePlayer(door, id, s, new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)), out).play();
        } else {
            r = door.run(ref, names, seed);
        }
        if (html != null) {
            OutputFiles.writeAtomically(html, TalksHtml.report(s, r, door.analysis(ref)));
        }
        if (format == Format.JSON) {
            Output.json(out, r);
        } else {
            out.print(table(s, r));
            if (html != null) {
                out.println("HTML report: " + html);
            }
        }
        return 0;
    }

    static String table(ScenarioView s, TalksRun r) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append(" (").append(s.id()).append("), seed ").append(r.seed()).append(", agents ")
                .append(r.agents()).append('\n');
        if (r.agreement() != null) {
            sb.append("AGREEMENT on ").append(r.agreedOn()).append(" (round ").append(r.rounds()).append(" of ")
                    .append(s.rounds()).append("):\n  ").append(Texts.terms(r.agreement())).append('\n');
        } else {
            sb.append("NO AGREEMENT (").append(r.end()).append(r.detail().isEmpty() ? "" : ": " + r.detail())
                    .append("): no treaty after ").append(s.deadline()).append('\n');
        }
        TextTable u = new TextTable("delegation", "utility", "no treaty", "Nash point");
        for (String p : s.parties()) {
            u.row(p, Texts.u(r.utilities().get(p)), Texts.u(r.reservation().get(p)),
                    r.nash().utilities().containsKey(p) ? Texts.u(r.nash().utilities().get(p)) : null);
        }
        sb.append(u.render());
        sb.append("Distance to the Pareto frontier ").append(Texts.u(r.paretoDistance())).append(", to the Nash point ")
                .append(r.nashDistance() == null ? "-" : Texts.u(r.nashDistance())).append('\n');
        sb.append("Nash bargaining terms: ").append(r.nash().agreement() == null ? "none individually rational"
                : Texts.terms(r.nash().agreement())).append('\n');
        if (!r.cutsByReductionDeadline().isEmpty()) {
            sb.append("Cuts the agreed treaty requires of the 2009 forces, on the day its limits bind:\n");
            TextTable c = new TextTable("party", "date", "limit", "counted", "ceiling", "required_cut");
            for (TalksRun.TalksCut pr : r.cutsByReductionDeadline()) {
                for (LimitRow l : pr.limits()) {
                    c.row(pr.party(), pr.date(), l.id(), l.counted(), l.limit(), l.requiredCut());
                }
            }
            sb.append(c.render());
        }
        sb.append("Stability (surviving warheads after a first strike by the other side; Kent & Thaler index):\n");
        String a = s.parties().get(0);
        String b = s.parties().get(1);
        TextTable st = new TextTable("case", a + " survivors", b + " survivors", "index");
        for (Map.Entry<String, TalksRun.TalksStability> e : Map.of("agreed ceilings", r.stability().agreed(),
                "no treaty", r.stability().noTreaty()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            st.row(e.getKey(), String.format("%.0f", e.getValue().survivingWarheads().get(a)),
                    String.format("%.0f", e.getValue().survivingWarheads().get(b)), Texts.u(e.getValue().stabilityIndex()));
        }
        sb.append(st.render());
        if (r.agreement() != null && r.comparedToNewStart() != null) {
            TermsView t = r.agreement();
            NewStartComparison.JointUnderstanding ju = r.comparedToNewStart().jointUnderstanding();
            NewStartComparison.NewStart ns = r.comparedToNewStart().newStart();
            sb.append("Against the Joint Understanding (500-1,100 delivery vehicles, 1,500-1,675 warheads) and New START "
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
