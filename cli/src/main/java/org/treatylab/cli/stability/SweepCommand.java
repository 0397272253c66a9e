package org.treatylab.cli.stability;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.cli.Format;
import org.treatylab.cli.Json;
import org.treatylab.cli.OutputFiles;
import org.treatylab.cli.UserError;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.report.StabilitySides;
import org.treatylab.report.StabilityViews;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.stability.sweep.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab stability sweep}: survivors and first-strike stability across warhead ceilings. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Scale both postures to each warhead ceiling by each reduction rule and report the survivors of "
                + "a first strike on each side and the first-strike stability index; also each side cut by a share "
                + "of its own warheads (--cut).",
            "Rules: proportional (every system by the same share), keep-ssbns (ICBMs and bombers first), de-mirv "
                + "(download missiles towards one warhead first)."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--posture-a", required = true, paramLabel = "FILE", description = "posture CSV or shipped name")
    String postureA;

    @Option(names = "--posture-b", paramLabel = "FILE", description = "posture CSV or shipped name (default: "
            + "--posture-a, its other party)")
    String postureB;

    @Option(names = "--party-a", paramLabel = "P", description = "side A's party in its file (default: the first)")
    String partyA;

    @Option(names = "--party-b", paramLabel = "P", description = "side B's party (default: the first other party)")
    String partyB;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "pick postures in effect on this date")
    LocalDate date;

    @Option(names = "--ceilings", split = ",", paramLabel = "N", defaultValue = "6000,3000,1550,1000,500,300",
            description = "warhead ceilings for both sides (default ${DEFAULT-VALUE})")
    List<Long> ceilings;

    @Option(names = "--rules", split = ",", paramLabel = "RULE", defaultValue = "proportional,keep-ssbns,de-mirv",
            description = "reduction rules (default ${DEFAULT-VALUE})")
    List<String> rules;

    @Option(names = "--cut", split = ",", paramLabel = "PERCENT", defaultValue = "90",
            description = "also cut each side by these percentages of its own warheads (default ${DEFAULT-VALUE})")
    List<Double> cuts;

    @Option(names = "--answer", paramLabel = "N", defaultValue = "500",
            description = "the ceiling whose results are spelled out under the table (default ${DEFAULT-VALUE})")
    long answer;

    @Option(names = "--delivery-vehicles", paramLabel = "N",
            description = "also a ceiling on deployed delivery vehicles at every point")
    Long deliveryVehicles;

    @Option(names = "--exponent", defaultValue = "0.75", description = "Kent & Thaler damage exponent (default "
            + "${DEFAULT-VALUE}, unconfirmed)")
    double exponent;

    @Option(names = "--enemy-weight", defaultValue = "0.3", description = "weight of the other side's undamaged "
            + "value in a side's cost (default ${DEFAULT-VALUE}, unconfirmed)")
    double enemyWeight;

    @Option(names = "--half-value-emt", defaultValue = "50", description = "arriving equivalent megatons that "
            + "destroy half a side's value (default ${DEFAULT-VALUE}, an assumption)")
    double halfValueEmt;

    @Option(names = "--reserve", defaultValue = "0", description = "share of each missile system a striker holds "
            + "back (default ${DEFAULT-VALUE})")
    double reserve;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the table as CSV")
    Path csv;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (standard output)")
    Format format;

    @Option(names = "--draws", paramLabel = "N", description = "run as a stability-uncertainty sweep job instead: N "
            + "draws of the catalogue's uncertain parameters (as in the example stability-bands-2011) at each ceiling "
            + "and rule, written to --out")
    Long draws;

    @Option(names = "--as-job", description = "print the sweep job of this command line (with --draws, default 100) "
            + "instead of running it")
    boolean asJob;

    @Option(names = "--seed", defaultValue = "1", description = "the job's seed with --draws (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "the job's output folder with --draws")
    Path out;

    @Override
    public Integer call() {
        FirstStrikeParams params = params();
        List<ReductionRule> ruleList = new ArrayList<>();
        for (String r : rules) {
            try {
                ruleList.add(ReductionRule.parse(r));
            } catch (IllegalArgumentException e) {
                throw UserError.badInput("--rules: " + e.getMessage());
            }
        }
        for (long c : ceilings) {
            if (c < 0) {
                throw UserError.badInput("--ceilings must be >= 0, got " + c);
            }
        }
        List<Double> shares = new ArrayList<>();
        for (double c : cuts) {
            if (!(c >= 0 && c < 100)) {
                throw UserError.badInput("--cut must be within [0, 100), got " + c);
            }
            shares.add(c / 100);
        }
        if (deliveryVehicles != null && deliveryVehicles < 0) {
            throw UserError.badInput("--delivery-vehicles must be >= 0, got " + deliveryVehicles);
        }
        if (draws != null || asJob) {
            long n = draws == null ? 100 : draws;
            if (n < 1) {
                throw UserError.badInput("--draws must be >= 1, got " + n);
            }
            String job = org.treatylab.sweep.Shortcuts.stability(postureA, partyA, postureB, partyB, date, ceilings,
                    rules, deliveryVehicles, exponent, enemyWeight, halfValueEmt, reserve, n, seed);
            return org.treatylab.cli.sweep.JobRunner.runOrPrint(spec, job, asJob, out);
        }
        String fileB = postureB == null ? postureA : postureB;
        List<Posture> pa = Postures.resolve(postureA, null);
        List<Posture> pb = fileB.equals(postureA) ? pa : Postures.resolve(fileB, null);
        Force[] sides = StabilitySides.pick(pa, postureA, ExchangeCommand.party(partyA), pb, fileB,
                ExchangeCommand.party(partyB), date).both();
        SweepReport report = Stability.sweep(sides[0], sides[1], ceilings, shares, ruleList, deliveryVehicles,
                params);
        SweepRows rows = new SweepRows(report);
        List<String> described = List.of(StabilityViews.describe(sides[0], postureA),
                StabilityViews.describe(sides[1], fileB));
        String title = "First-strike stability: " + sides[0].party() + " and " + sides[1].party() + " across "
                + "warhead ceilings";
        if (html != null) {
            OutputFiles.writeAtomically(html, SweepHtml.render(report, title, answer, described));
        }
        if (csv != null) {
            OutputFiles.writeAtomically(csv, rows.table(true).csv());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(Json.write(StabilityViews.sweep(report, described)));
        } else if (format == Format.CSV) {
            out.print(rows.table(true).csv());
        } else {
            out.println(title);
            described.forEach(d -> out.println("  " + d));
            out.print(rows.table(false).render());
            out.println("survivors: expected warheads left after the other side's largest counterforce first strike;"
                    + " ratio: cost of striking first / cost of being struck first (capped at 1); index: product of"
                    + " the ratios (1 = no gain in striking first)");
            out.println();
            rows.answers(answer).forEach(a -> out.println("* " + a));
            out.println();
            out.println("Assumptions:");
            Stability.modelAssumptions(params).forEach(a -> out.println("- " + a));
            for (ReductionRule r : ruleList) {
                out.println("- rule " + r.id() + ": " + r.description());
            }
            out.println("Parameters used (full forces):");
            out.print(StabilityText.parameterTable(sides).render());
            out.println(StabilityText.ORIGIN_LEGEND);
        }
        return 0;
    }

    private FirstStrikeParams params() {
        try {
            return new FirstStrikeParams(exponent, enemyWeight, halfValueEmt, reserve,
                    FirstStrikeParams.DEFAULT_RESOLUTION);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
    }
}
