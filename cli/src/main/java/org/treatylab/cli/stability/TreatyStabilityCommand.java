package org.treatylab.cli.stability;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.foundation.TreatyRef;
import org.treatylab.app.stability.ForcesView;
import org.treatylab.app.stability.StabilityLimits;
import org.treatylab.app.stability.TreatyConsequences;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.cli.common.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab stability treaty}: what a treaty's ceilings mean for first-strike stability. */
@Command(name = "treaty", mixinStandardHelpOptions = true,
        description = {"A treaty's stability consequences: both parties of a posture file as they are and cut to the "
                + "treaty's final warhead and deployed-delivery-vehicle ceilings, survivors each way and the index "
                + "(the same answer as POST /api/stability/treaty)."})
final class TreatyStabilityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--treaty", required = true, paramLabel = "ID|FILE", description = "a shipped treaty or a treaty file")
    String treaty;

    @Option(names = "--posture", required = true, paramLabel = "FILE", description = "posture CSV or shipped name")
    String posture;

    @Option(names = "--party-a", paramLabel = "P", description = "side A's party (default: the file's first)")
    String partyA;

    @Option(names = "--party-b", paramLabel = "P", description = "side B's party (default: the first other party)")
    String partyB;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "pick postures in effect on this date")
    LocalDate date;

    @Option(names = "--rule", paramLabel = "RULE", description = "reduction rule (default proportional)")
    String rule;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Override
    public Integer call() {
        TreatyConsequences c = Doors.get().stability().treaty(new TreatyRef.IdOrFile(treaty),
                new PostureRef.NameOrFile(posture), Values.party(partyA), Values.party(partyB), date, rule, "--rule",
                StabilityLimits.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, c);
            return 0;
        }
        out.println(c.treatyName() + " (" + c.treaty() + "): stability consequences, rule " + c.rule());
        c.sides().forEach(s -> out.println("  " + s));
        out.println("  warhead ceiling: " + (c.ceilings().warheads() == null ? "none" : c.ceilings().warheads().ceiling()
                + " (" + c.ceilings().warheads().limit() + ")") + "; delivery-vehicle ceiling: "
                + (c.ceilings().deliveryVehicles() == null ? "none" : c.ceilings().deliveryVehicles().ceiling() + " ("
                        + c.ceilings().deliveryVehicles().limit() + ")") + "; bombers count " + c.bombersCount());
        TextTable t = new TextTable("case", c.a() + " warheads", c.b() + " warheads", c.a() + " vehicles",
                c.b() + " vehicles", c.a() + " survivors", c.b() + " survivors", "index");
        row(t, "as they are", c.asIs());
        row(t, "under the treaty", c.underTreaty());
        out.print(t.render());
        // One vocabulary of force totals: what the exchange model uses beside what the treaty counts.
        StringBuilder counted = new StringBuilder();
        c.countedWarheadsUnderTreaty().forEach((p, n) -> counted.append(counted.length() == 0 ? "" : ", ").append(p)
                .append(' ').append(String.format(java.util.Locale.ROOT, "%,d", n)));
        out.println("Warheads above: weapons on deployed forces (what the exchange model uses: bomber weapons as"
                + " loaded). Counted under " + c.treatyName() + " after the cut: " + counted + " (bombers count "
                + c.bombersCount() + ").");
        out.println("Assumptions:");
        c.assumptions().forEach(a -> out.println("- " + a));
        return 0;
    }

    private static void row(TextTable t, String name, ForcesView f) {
        t.row(name, f.aWarheads(), f.bWarheads(), f.aVehicles(), f.bVehicles(), StabilityText.num(f.aSurvivors(), 0),
                StabilityText.num(f.bSurvivors(), 0), StabilityText.num(f.assessment().index(), 3));
    }
}
