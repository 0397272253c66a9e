package org.treatylab.sweep.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.SweepEngine;
import org.treatylab.sweep.SweepFailure;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.model.Column;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.output.Csv;
import org.treatylab.sweep.output.OutputDir;
import org.treatylab.sweep.summary.Summary;

/**
 * Runs a sweep on Apache Spark: the evaluation indices as a {@code range} Dataset cut into partitions, each
 * partition evaluated on an executor ({@link Evaluate}), the rows kept (memory and disk), written as Parquet and,
 * in index order, as the same results.csv as the local engine's, and summarised with DataFrame aggregations
 * ({@link SparkSummaries}).
 *
 * <p>{@code local[*]} by default; the web UI is off, and a local driver binds to 127.0.0.1.
 */
public final class SparkEngine implements SweepEngine {

    @Override
    public String name() {
        return "spark";
    }

    /** A session for a master URL: UI off, local drivers on the loopback address, Spark's logging at WARN. */
    public static SparkSession session(String master, String app) {
        SparkSession.Builder b = SparkSession.builder().appName(app).master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.debug.maxToStringFields", "10000");
        if (master.startsWith("local")) {
            b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }

    @Override
    public RunResult run(Plan plan, RunOptions options, Progress progress) {
        long start = System.nanoTime();
        OutputDir out = OutputDir.open(options.out(), plan, 0);
        if (Files.isDirectory(out.resolve("partial"))) {
            throw new InputException(out.dir() + " holds an unfinished local run; resume it with --engine local or "
                    + "give another --out folder");
        }
        SparkSession spark = session(options.master(), "treatylab-sweep-" + plan.job().name());
        double startup = (System.nanoTime() - start) / 1e9;
        try {
            return run(spark, plan, out, progress, start, startup);
        } finally {
            spark.stop();
        }
    }

    /** Runs on an existing session (tests share one); the caller stops it. */
    public RunResult run(SparkSession spark, Plan plan, OutputDir out, Progress progress, long start,
            double startup) {
        if (!plan.job().keepRows()) {
            return sums(spark, plan, out, progress, start, startup);
        }
        long n = plan.evaluations();
        int partitions = partitions(n, spark.sparkContext().defaultParallelism());
        Broadcast<Job> job = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(plan.job());
        Dataset<Row> rows = spark.range(0, n, 1, partitions)
                .mapPartitions(new Evaluate(job), Encoders.row(schema(plan.columns())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        TaskCounter counter = new TaskCounter(n, partitions, progress);
        spark.sparkContext().addSparkListener(counter);
        long evalStart = System.nanoTime();
        try {
            progress.update(0, n);
            long counted;
            try {
                counted = rows.count();
            } catch (RuntimeException e) {
                throw new SweepFailure("the Spark evaluation failed: " + rootMessage(e), e);
            } finally {
                spark.sparkContext().removeSparkListener(counter);
            }
            if (counted != n) {
                throw new SweepFailure("Spark evaluated " + counted + " rows, expected " + n);
            }
            progress.update(n, n);
            double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
            List<Path> files = new ArrayList<>();
            Path parquet = out.resolve("results.parquet");
            rows.write().mode(SaveMode.Overwrite).parquet(parquet.toUri().toString());
            files.add(parquet);
            files.add(writeCsv(plan, out, rows));
            Summary summary = new SparkSummaries(plan, rows).summary();
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("engine", name());
            run.put("master", spark.sparkContext().master());
            run.put("partitions", partitions);
            run.put("startup_seconds", startup);
            run.put("evaluation_seconds", evalSeconds);
            run.put("total_seconds", (System.nanoTime() - start) / 1e9);
            files.addAll(out.finish(summary, run));
            return new RunResult(name(), summary, out.dir(), n, 0, startup, evalSeconds,
                    (System.nanoTime() - start) / 1e9, files);
        } finally {
            rows.unpersist();
        }
    }

    @Override
    public Timer timer(RunOptions options) {
        long t = System.nanoTime();
        SparkSession spark = session(options.master(), "treatylab-sweep-bench");
        double startup = (System.nanoTime() - t) / 1e9;
        return new Timer() {
            @Override
            public double startupSeconds() {
                return startup;
            }

            @Override
            public double seconds(Plan plan) {
                return evaluateOnly(spark, plan);
            }

            @Override
            public void close() {
                spark.stop();
            }
        };
    }

    /**
     * A job that keeps its summary alone: the base samples cut into partitions (each sample's (k + 2) × G
     * evaluations stay in one partition), each partition reduced on its executor to its Saltelli sums, the partials
     * merged by a tree reduction; no row is kept or written.
     */
    private RunResult sums(SparkSession spark, Plan plan, OutputDir out, Progress progress, long start,
            double startup) {
        long n = plan.evaluations();
        long samples = plan.job().samples();
        long perSample = n / samples;
        int partitions = (int) Math.min(samples, partitions(n, spark.sparkContext().defaultParallelism()));
        Broadcast<Job> job = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(plan.job());
        TaskCounter counter = new TaskCounter(n, partitions, progress);
        spark.sparkContext().addSparkListener(counter);
        long evalStart = System.nanoTime();
        byte[] merged;
        try {
            progress.update(0, n);
            merged = spark.range(0, samples, 1, partitions).mapPartitions(new EvaluateSums(job, perSample),
                    Encoders.BINARY())
                    .toJavaRDD().treeReduce(SparkEngine::mergeSums, 2);
        } catch (RuntimeException e) {
            throw new SweepFailure("the Spark evaluation failed: " + rootMessage(e), e);
        } finally {
            spark.sparkContext().removeSparkListener(counter);
        }
        progress.update(n, n);
        double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
        Summary summary = org.treatylab.sweep.summary.Summaries.of(plan, List.of(),
                org.treatylab.sweep.summary.SobolPartial.of(merged).finish(plan));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("engine", name());
        run.put("master", spark.sparkContext().master());
        run.put("partitions", partitions);
        run.put("startup_seconds", startup);
        run.put("evaluation_seconds", evalSeconds);
        run.put("total_seconds", (System.nanoTime() - start) / 1e9);
        List<Path> files = new ArrayList<>(out.finish(summary, run));
        return new RunResult(name(), summary, out.dir(), n, 0, startup, evalSeconds,
                (System.nanoTime() - start) / 1e9, files);
    }

    private static byte[] mergeSums(byte[] a, byte[] b) {
        org.treatylab.sweep.summary.SobolPartial x = org.treatylab.sweep.summary.SobolPartial.of(a);
        x.merge(org.treatylab.sweep.summary.SobolPartial.of(b));
        return x.bytes();
    }

    /**
     * Evaluates every evaluation of a plan on Spark and discards the rows; for measuring the evaluation phase.
     * Returns the seconds taken.
     */
    public static double evaluateOnly(SparkSession spark, Plan plan) {
        long n = plan.evaluations();
        int partitions = partitions(n, spark.sparkContext().defaultParallelism());
        Broadcast<Job> job = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(plan.job());
        long t = System.nanoTime();
        long counted = spark.range(0, n, 1, partitions)
                .mapPartitions(new Evaluate(job), Encoders.row(schema(plan.columns()))).count();
        if (counted != n) {
            throw new IllegalStateException("counted " + counted + " of " + n);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Partitions of at most about 20,000 evaluations, at least four per core, at most 100,000. */
    static int partitions(long n, int cores) {
        long p = Math.max(4L * cores, (n + 19_999) / 20_000);
        return (int) Math.max(1, Math.min(Math.min(p, 100_000), n));
    }

    static StructType schema(List<Column> columns) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : columns) {
            DataType t = switch (c.type()) {
                case LONG -> DataTypes.LongType;
                case DOUBLE -> DataTypes.DoubleType;
                case TEXT -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(c.name(), t, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** results.csv in index order: the range's partitions are consecutive indices, fetched one after another. */
    private static Path writeCsv(Plan plan, OutputDir out, Dataset<Row> rows) {
        Path target = out.resolve("results.csv");
        Path tmp = out.resolve(".results.csv.tmp");
        int width = plan.columns().size();
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(Csv.header(plan.columns()));
            StringBuilder sb = new StringBuilder();
            Object[] values = new Object[width];
            long expected = 0;
            Iterator<Row> it = rows.toLocalIterator();
            while (it.hasNext()) {
                Row r = it.next();
                for (int i = 0; i < width; i++) {
                    values[i] = r.get(i);
                }
                if ((Long) values[0] != expected++) {
                    throw new SweepFailure("Spark returned evaluation " + values[0] + " out of order, expected "
                            + (expected - 1));
                }
                sb.setLength(0);
                Csv.append(sb, values);
                w.write(sb.toString());
            }
            w.close();
            OutputDir.move(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Reports progress as the evaluation's tasks finish (each task is one partition of the range). */
    private static final class TaskCounter extends SparkListener {
        private final long n;
        private final int partitions;
        private final Progress progress;
        private final AtomicInteger done = new AtomicInteger();

        TaskCounter(long n, int partitions, Progress progress) {
            this.n = n;
            this.partitions = partitions;
            this.progress = progress;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd e) {
            if (e.taskInfo().successful()) {
                progress.update(Math.min(n - 1, n * done.incrementAndGet() / partitions), n);
            }
        }
    }
}
