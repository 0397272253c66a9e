package org.treatylab.sweep.spark;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.SweepFailure;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.model.Plan;

/**
 * The main class for {@code spark-submit} on a cluster: {@code JOB [--seed N] [--out DIR]}; the master comes from
 * spark-submit. Writes the same folder as {@code treatylab sweep run --engine spark}. Exit 2 for bad input, 1 for a
 * failure of the work.
 */
public final class SparkSweepMain {
    private SparkSweepMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (InputException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (SweepFailure e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) {
        String jobName = null;
        Long seed = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                default -> {
                    if (jobName != null || args[i].startsWith("--")) {
                        throw new InputException("usage: SparkSweepMain JOB [--seed N] [--out DIR], got '" + args[i]
                                + "'");
                    }
                    jobName = args[i];
                }
            }
        }
        if (jobName == null) {
            throw new InputException("usage: SparkSweepMain JOB [--seed N] [--out DIR]");
        }
        Job job = Sweeps.load(jobName);
        if (seed != null) {
            job = job.withSeed(seed);
        }
        Plan plan = Sweeps.prepare(job);
        Path dir = out != null ? out : Sweeps.defaultOut(job, LocalDateTime.now());
        String master = System.getProperty("spark.master", "local[*]");
        RunResult r = new SparkEngine().run(plan, new RunOptions(dir, 1, master), Progress.NONE);
        System.out.println(job.name() + ": " + r.evaluations() + " evaluations in " + r.totalSeconds() + " s; "
                + r.files());
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new InputException(option + " needs a value");
        }
        return args[i];
    }
}
