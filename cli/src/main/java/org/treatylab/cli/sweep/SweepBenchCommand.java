package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatylab.app.sweep.SweepBench;
import org.treatylab.cli.common.Doors;
import org.treatylab.cli.common.TextTable;
import org.treatylab.domain.InputException;
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
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new InputException("--engine must be local or spark, got '" + engine + "'");
        }
        boolean spark = engine.equals("spark");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepBench b = Doors.get().sweeps().bench(job, sizes, repeat, threads, spark, master, note -> {
            err.println(note);
            err.flush();
        });
        out.println("sweep bench " + b.job() + " (" + b.kind() + "), " + LocalDate.now() + ", " + b.cores()
                + " cores, local threads " + b.threads() + ", median of " + b.repeat()
                + " alternating timings, load average at start " + String.format(Locale.ROOT, "%.1f", b.loadAverage())
                + (spark ? String.format(Locale.ROOT, ", Spark %s start-up %.1f s", b.master(),
                        b.sparkStartupSeconds()) : ""));
        TextTable table = spark ? new TextTable("evaluations", "local s", "local eval/s", "spark s",
                "spark eval/s", "spark/local") : new TextTable("evaluations", "local s", "local eval/s");
        for (SweepBench.Row r : b.rows()) {
            long n = r.evaluations();
            if (spark) {
                table.row(n, fmt(r.localSeconds()), Math.round(n / r.localSeconds()), fmt(r.sparkSeconds()),
                        Math.round(n / r.sparkSeconds()), fmt(r.sparkSeconds() / r.localSeconds()));
            } else {
                table.row(n, fmt(r.localSeconds()), Math.round(n / r.localSeconds()));
            }
        }
        out.print(table.render());
        return 0;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
