package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.SweepEngine;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatylab sweep bench JOB}: the evaluation phase of a job resized to each size, timed on the local engine
 * and (with --engine spark) on Spark in the same run, with the ratio between them. Engine start-up is reported apart.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the evaluation phase of a job at several sizes on all local cores and, with --engine spark, on "
            + "Spark (local[N] by default) in the same run; print evaluations per second and the Spark/local ratio.",
            "Sizes are evaluations; the job's draws (or samples) are scaled to reach them."})
final class SweepBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "the job to time")
    String job;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "evaluations per run (default ${DEFAULT-VALUE})")
    List<Long> sizes;

    @Option(names = "--repeat", defaultValue = "3", description = "timings per size and engine, alternating the "
            + "engines; the median is shown (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--threads", paramLabel = "N", description = "local threads (default: all cores)")
    Integer threads;

    @Option(names = "--engine", defaultValue = "local", description = "local, or spark to time Spark as well "
            + "(default ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[N], N = --threads)")
    String master;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new InputException("--repeat must be >= 1, got " + repeat);
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new InputException("--engine must be local or spark, got '" + engine + "'");
        }
        boolean spark = engine.equals("spark");
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new InputException("--threads must be >= 1, got " + t);
        }
        Job base = Sweeps.load(job);
        long perSample = Sweeps.prepare(base.withSamples(1)).evaluations();
        RunOptions options = new RunOptions(java.nio.file.Path.of("."), t, master != null ? master
                : "local[" + t + "]");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SweepEngine.Timer> timers = new ArrayList<>();
        timers.add(Sweeps.engine("local").timer(options));
        if (spark) {
            timers.add(Sweeps.engine("spark").timer(options));
        }
        try {
            // warm-up: the JIT and Spark's code generation, on a small run each
            Plan warm = Sweeps.prepare(base.withSamples(Math.max(1, 2000 / perSample)));
            for (SweepEngine.Timer timer : timers) {
                timer.seconds(warm);
            }
            out.println("sweep bench " + base.name() + " (" + base.kind().id() + "), " + LocalDate.now() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, local threads " + t
                    + ", median of " + repeat + " alternating timings, load average at start "
                    + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean().getSystemLoadAverage())
                    + (spark ? String.format(Locale.ROOT, ", Spark %s start-up %.1f s", options.master(),
                            timers.get(1).startupSeconds()) : ""));
            TextTable table = spark ? new TextTable("evaluations", "local s", "local eval/s", "spark s",
                    "spark eval/s", "spark/local") : new TextTable("evaluations", "local s", "local eval/s");
            for (long size : sizes) {
                Plan plan = Sweeps.prepare(base.withSamples(Math.max(1, size / perSample)));
                long n = plan.evaluations();
                err.println("timing " + n + " evaluations...");
                err.flush();
                double[] l = new double[repeat];
                double[] sp = new double[repeat];
                for (int k = 0; k < repeat; k++) {
                    l[k] = timers.get(0).seconds(plan);
                    if (spark) {
                        sp[k] = timers.get(1).seconds(plan);
                    }
                }
                double local = median(l);
                if (spark) {
                    double s = median(sp);
                    table.row(n, fmt(local), Math.round(n / local), fmt(s), Math.round(n / s), fmt(s / local));
                } else {
                    table.row(n, fmt(local), Math.round(n / local));
                }
            }
            out.print(table.render());
        } finally {
            timers.forEach(SweepEngine.Timer::close);
        }
        return 0;
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
