package org.treatylab.cli.stability;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.app.stability.RuleView;
import org.treatylab.app.stability.Side;
import org.treatylab.app.stability.StabilityDoor;
import org.treatylab.app.stability.StabilityLimits;
import org.treatylab.app.stability.SweepResult;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.OutputFiles;
import org.treatylab.cli.common.Values;
import org.treatylab.domain.InputException;
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
        for (long c : ceilings) {
            if (c < 0) {
                throw new InputException("--ceilings must be >= 0, got " + c);
            }
        }
        for (double c : cuts) {
            if (!(c >= 0 && c < 100)) {
                throw new InputException("--cut must be within [0, 100), got " + c);
            }
        }
        if (deliveryVehicles != null && deliveryVehicles < 0) {
            throw new InputException("--delivery-vehicles must be >= 0, got " + deliveryVehicles);
        }
        if (draws != null || asJob) {
            long n = draws == null ? 100 : draws;
            if (n < 1) {
                throw new InputException("--draws must be >= 1, got " + n);
            }
            String job = Doors.get().sweeps().stabilityJob(postureA, partyA, postureB, partyB, date, ceilings, rules,
                    deliveryVehicles, exponent, enemyWeight, halfValueEmt, reserve, n, seed);
            return org.treatylab.cli.sweep.JobRunner.runOrPrint(spec, job, asJob, out);
        }
        String fileB = postureB == null ? postureA : postureB;
        Side a = new Side(new PostureRef.NameOrFile(postureA), Values.party(partyA));
        Side b = new Side(new PostureRef.NameOrFile(fileB), Values.party(partyB));
        SweepResult report = Doors.get().stability().sweep(new StabilityDoor.SweepRequest(a, b, date, ceilings, cuts,
                rules, "--rules", deliveryVehicles, new StabilityDoor.StrikeModel(exponent, enemyWeight, halfValueEmt,
                        reserve)), StabilityLimits.NONE);
        SweepRows rows = new SweepRows(report);
        String title = "First-strike stability: " + report.a() + " and " + report.b() + " across warhead ceilings";
        if (html != null) {
            OutputFiles.writeAtomically(html, SweepHtml.render(report, title, answer, report.sides()));
        }
        if (csv != null) {
            OutputFiles.writeAtomically(csv, rows.table(true).csv());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Output.json(out, report);
        } else if (format == Format.CSV) {
            out.print(rows.table(true).csv());
        } else {
            out.println(title);
            report.sides().forEach(d -> out.println("  " + d));
            out.print(rows.table(false).render());
            out.println("survivors: expected warheads left after the other side's largest counterforce first strike;"
                    + " ratio: cost of striking first / cost of being struck first (capped at 1); index: product of"
                    + " the ratios (1 = no gain in striking first)");
            out.println();
            rows.answers(answer).forEach(x -> out.println("* " + x));
            out.println();
            out.println("Assumptions:");
            report.assumptions().forEach(x -> out.println("- " + x));
            for (RuleView r : report.rules()) {
                out.println("- rule " + r.id() + ": " + r.description());
            }
            out.println("Parameters used (full forces):");
            out.print(StabilityText.parameterTable(report.forces(), report.parameters()).render());
            out.println(StabilityText.ORIGIN_LEGEND);
        }
        return 0;
    }
}
