package org.treatylab.cli.stability;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.stability.ExchangeReport;
import org.treatylab.app.stability.Side;
import org.treatylab.app.stability.StabilityLimits;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab stability exchange}: one side's counterforce first strike on the other. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"A counterforce first strike: the defender's expected surviving warheads by system, the "
                + "attacker's warheads used and left; optionally a seeded Monte Carlo replay with a 95%% interval.",
            "A file holding both parties (e.g. us-russia-2009) can be both attacker and defender: the attacker takes "
                + "its first party unless --attacker-party says otherwise, the defender the other."})
final class ExchangeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--attacker", required = true, paramLabel = "FILE", description = "posture CSV or shipped name")
    String attacker;

    @Option(names = "--defender", required = true, paramLabel = "FILE", description = "posture CSV or shipped name")
    String defender;

    @Option(names = "--attacker-party", paramLabel = "P", description = "the attacker's party in its file")
    String attackerParty;

    @Option(names = "--defender-party", paramLabel = "P", description = "the defender's party in its file")
    String defenderParty;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "pick postures in effect on this date")
    LocalDate date;

    @Option(names = "--reserve", defaultValue = "0", paramLabel = "FRACTION",
            description = "share of each attacking missile system's warheads held back (default ${DEFAULT-VALUE})")
    double reserve;

    @Option(names = "--trials", defaultValue = "0", paramLabel = "N",
            description = "Monte Carlo trials; 0 = analytic only (default ${DEFAULT-VALUE})")
    int trials;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Monte Carlo seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        if (!(reserve >= 0 && reserve < 1)) {
            throw new InputException("--reserve must be within [0, 1), got " + reserve);
        }
        if (trials < 0 || trials == 1) {
            throw new InputException("--trials must be 0 (analytic only) or at least 2, got " + trials);
        }
        ExchangeReport r = Doors.get().stability().exchange(
                new Side(new PostureRef.NameOrFile(attacker), Values.party(attackerParty)),
                new Side(new PostureRef.NameOrFile(defender), Values.party(defenderParty)), date, reserve, trials, seed,
                StabilityLimits.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, r);
        } else if (format == Format.CSV) {
            out.print(bySystem(r).csv());
        } else {
            table(out, r);
        }
        return 0;
    }

    private static TextTable bySystem(ExchangeReport r) {
        TextTable t = new TextTable("system", "warheads", "untargetable", "aimpoints", "surviving_warheads");
        for (ExchangeReport.SystemOutcome s : r.bySystem()) {
            t.row(s.system(), s.warheads(), StabilityText.num(s.untargetableWarheads(), 1), s.aimpoints(),
                    StabilityText.num(s.survivingWarheads(), 1));
        }
        return t;
    }

    private void table(PrintWriter out, ExchangeReport r) {
        out.printf("%s strikes %s first (counterforce, reserve %s%%): %s of %,d %s warheads expected to survive%n",
                r.attacker(), r.defender(), StabilityText.num(reserve * 100, 0),
                StabilityText.num(r.defenderSurvivingWarheads(), 1), r.defenderWarheads(), r.defender());
        out.print(bySystem(r).render());
        out.printf("%s warheads used %,d, left %,d (of %,d; bombers and weapons without yield or CEP are not used)%n",
                r.attacker(), r.attackerWarheadsUsed(), r.attackerWarheadsLeft(), r.attackerWarheads());
        if (r.monteCarlo() != null) {
            ExchangeReport.MonteCarlo mc = r.monteCarlo();
            out.printf("Monte Carlo (%,d trials, seed %d): mean %s, 95%% interval [%s, %s]%n", mc.trials(), mc.seed(),
                    StabilityText.num(mc.mean(), 2), StabilityText.num(mc.ci95().get(0), 2),
                    StabilityText.num(mc.ci95().get(1), 2));
        }
        out.println();
        out.println("Parameters used:");
        out.print(StabilityText.parameterTable(r.forces(), r.parameters()).render());
        out.println(StabilityText.ORIGIN_LEGEND);
        out.println("Assumptions:");
        for (String a : r.assumptions()) {
            out.println("- " + a);
        }
    }
}
