package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.app.sweep.SweepDoor;
import org.treatylab.app.sweep.SweepPlan;
import org.treatylab.app.sweep.SweepRun;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.TextTable;
import org.treatylab.sweep.summary.Band;
import org.treatylab.sweep.summary.Group;
import org.treatylab.sweep.summary.Sensitivity;
import org.treatylab.sweep.summary.SobolIndex;
import org.treatylab.sweep.summary.Summary;
import org.treatylab.sweep.summary.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code treatylab sweep run NAME|FILE}: runs a job and writes its folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a job (a shipped example's name or a job file) on all local cores or on Apache Spark.",
            "The local engine resumes an unfinished run: give the same --out folder again."})
final class SweepRunCommand implements Callable<Integer> {
    /** Groups of a summary table printed on the console; the files hold them all. */
    private static final int MAX_GROUPS = 12;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "a shipped example (treatylab sweep examples) or a job file")
    String job;

    @Option(names = "--engine", defaultValue = "local", description = "local (all cores) or spark (default "
            + "${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
    String master;

    @Option(names = "--seed", paramLabel = "N", description = "override the job's seed")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default sweep-<job>-<date-time>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "local worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() {
        SweepDoor door = Doors.get().sweeps();
        door.checkRun(engine, threads, master);
        SweepPlan plan = door.prepare(job, seed);
        Path dir = out != null ? out : plan.defaultOut(LocalDateTime.now());
        PrintWriter err = spec.commandLine().getErr();
        err.println("sweep " + plan.name() + " (" + plan.kind() + ", seed " + plan.seed() + "): " + plan.evaluations()
                + " evaluations = " + plan.rows() + " rows x " + plan.gridSize() + " grid points, on " + engine
                + "; writing " + dir + " (if stopped, run again with --out " + dir + " to resume)");
        err.flush();
        SweepRun r = door.run(plan, engine, dir, threads, master, new ProgressBar(err));
        print(spec.commandLine().getOut(), r);
        return 0;
    }

    /** The run's figures and summary tables, as text. */
    static void print(PrintWriter o, SweepRun r) {
        Summary s = r.summary();
        o.printf(Locale.ROOT, "%s: %d evaluations on %s in %.1f s (evaluation %.1f s%s%s)%n", s.job(),
                r.evaluations(), r.engine(), r.totalSeconds(), r.evaluationSeconds(),
                r.startupSeconds() > 0 ? String.format(Locale.ROOT, ", engine start-up %.1f s", r.startupSeconds())
                        : "", r.resumed() > 0 ? ", " + r.resumed() + " resumed from an earlier run" : "");
        for (Table t : s.tables()) {
            TextTable tt = new TextTable(header(t));
            int shown = 0;
            for (Group g : t.groups()) {
                if (++shown > MAX_GROUPS) {
                    break;
                }
                for (Band b : g.bands()) {
                    Object[] row = new Object[t.groupBy().size() + 3 + t.percentiles().size()];
                    int c = 0;
                    for (Object k : g.key()) {
                        row[c++] = k;
                    }
                    row[c++] = side(b.output(), s);
                    row[c++] = b.count();
                    row[c++] = num(b.mean());
                    for (double p : b.percentiles()) {
                        row[c++] = num(p);
                    }
                    tt.row(row);
                }
            }
            o.print(tt.render());
            if (t.groupBy().isEmpty() && !t.groups().isEmpty()) {
                long all = t.groups().get(0).bands().isEmpty() ? 0 : t.groups().get(0).bands().get(0).count();
                for (org.treatylab.sweep.summary.Frequency f : t.groups().get(0).frequencies()) {
                    f.counts().stream().filter(c -> c.value() != null)
                            .max(java.util.Comparator.comparingLong(org.treatylab.sweep.summary.Frequency.Count::count))
                            .ifPresent(c -> o.println("most frequent " + f.column() + ": " + c.value() + " ("
                                    + c.count() + (all > 0 ? " of " + all : "") + ")"));
                }
            }
            if (t.groups().size() > MAX_GROUPS) {
                o.println("(" + (t.groups().size() - MAX_GROUPS) + " more groups in summary.json and report.html)");
            }
        }
        for (Sensitivity x : s.sensitivity()) {
            o.println("Sobol indices of " + side(x.output(), s) + (x.key().isEmpty() ? "" : " at " + x.key())
                    + " (" + x.samples() + " base samples; +- approximate 95% interval):");
            TextTable tt = new TextTable("input", "first order", "+-", "total", "+-");
            for (SobolIndex i : x.indices()) {
                tt.row(i.input(), num(i.first()), num(i.firstHalfWidth()), num(i.total()), num(i.totalHalfWidth()));
            }
            o.print(tt.render());
        }
        o.println("files: " + r.files().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
    }

    private static String[] header(Table t) {
        String[] h = new String[t.groupBy().size() + 3 + t.percentiles().size()];
        int c = 0;
        for (String g : t.groupBy()) {
            h[c++] = g;
        }
        h[c++] = "output";
        h[c++] = "n";
        h[c++] = "mean";
        for (double p : t.percentiles()) {
            h[c++] = "p" + SweepDoor.percentileLabel(p);
        }
        return h;
    }

    private static String side(String output, Summary s) {
        if (s.parties().size() == 2) {
            if (output.endsWith("_a")) {
                return output.substring(0, output.length() - 2) + " " + s.parties().get(0);
            }
            if (output.endsWith("_b")) {
                return output.substring(0, output.length() - 2) + " " + s.parties().get(1);
            }
        }
        return output;
    }

    private static String num(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.3f", d);
    }
}
