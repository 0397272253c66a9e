package org.treatylab.sweep.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.treatylab.sweep.Progress;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.SweepEngine;
import org.treatylab.sweep.SweepFailure;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.output.Csv;
import org.treatylab.sweep.output.OutputDir;
import org.treatylab.sweep.summary.LocalSummariser;
import org.treatylab.sweep.summary.SobolPartial;
import org.treatylab.sweep.summary.Summaries;
import org.treatylab.sweep.summary.Summary;

/**
 * Runs a sweep on the local cores. The evaluations are cut into blocks of consecutive indices; worker threads take
 * blocks in turn and write each finished block to {@code partial/} (whole or not at all). A run that is killed, or
 * whose evaluation fails, keeps its finished blocks, and a rerun into the same folder evaluates only the rest. When
 * every block is in, they are joined in index order into results.csv while the summary is computed from them.
 */
public final class LocalEngine implements SweepEngine {
    private static final String PARTIAL = "partial";

    @Override
    public String name() {
        return "local";
    }

    /** Evaluations per block: about 512 blocks per job, between 1 and 8192 evaluations each. */
    public static long blockSize(long evaluations) {
        return Math.max(1, Math.min(8192, (evaluations + 511) / 512));
    }

    /**
     * Evaluations per block of a job that keeps its summary alone: whole base samples (their (k + 2) × G rows), about
     * 512 blocks per job.
     */
    public static long sampleBlockSize(Plan plan) {
        long perSample = plan.evaluations() / plan.job().samples();
        return perSample * Math.max(1, (plan.job().samples() + 511) / 512);
    }

    @Override
    public RunResult run(Plan plan, RunOptions options, Progress progress) {
        long start = System.nanoTime();
        long n = plan.evaluations();
        boolean rows = plan.job().keepRows();
        long bs = rows ? blockSize(n) : sampleBlockSize(plan);
        long blocks = (n + bs - 1) / bs;
        String ext = rows ? ".csv" : ".bin";
        OutputDir out = OutputDir.open(options.out(), plan, bs);
        Path partial = out.resolve(PARTIAL);
        List<Long> todo = new ArrayList<>();
        long resumed = 0;
        try {
            Files.createDirectories(partial);
            for (long b = 0; b < blocks; b++) {
                if (Files.isRegularFile(blockFile(partial, b, ext))) {
                    resumed += blockEnd(b, bs, n) - b * bs;
                } else {
                    todo.add(b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long evalStart = System.nanoTime();
        evaluate(plan, partial, todo, bs, options.threads(), resumed, progress, ext);
        double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
        List<Path> files = new ArrayList<>();
        Summary summary;
        if (rows) {
            summary = join(plan, out, partial, blocks);
            files.add(out.resolve("results.csv"));
        } else {
            summary = mergePartials(plan, partial, blocks);
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("engine", name());
        run.put("threads", options.threads());
        run.put("resumed_evaluations", resumed);
        run.put("evaluation_seconds", evalSeconds);
        run.put("total_seconds", (System.nanoTime() - start) / 1e9);
        files.addAll(out.finish(summary, run));
        deleteTree(partial);
        return new RunResult(name(), summary, out.dir(), n, resumed, 0, evalSeconds,
                (System.nanoTime() - start) / 1e9, files);
    }

    @Override
    public Timer timer(RunOptions options) {
        return new Timer() {
            @Override
            public double startupSeconds() {
                return 0;
            }

            @Override
            public double seconds(Plan plan) {
                long t = System.nanoTime();
                evaluateOnly(plan, options.threads());
                return (System.nanoTime() - t) / 1e9;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Evaluates every evaluation of a plan in memory on {@code threads} threads and discards the rows; for
     * measuring the evaluation phase alone. Returns a checksum of the outputs (so that nothing is optimised away).
     */
    public static double evaluateOnly(Plan plan, int threads) {
        long n = plan.evaluations();
        long bs = blockSize(n);
        long blocks = (n + bs - 1) / bs;
        AtomicLong next = new AtomicLong();
        double[] sums = new double[threads];
        runThreads(threads, t -> {
            Plan.Evaluator ev = plan.evaluator();
            int first = plan.firstOutput();
            for (long b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                for (long i = b * bs; i < blockEnd(b, bs, n); i++) {
                    Object[] row = ev.evaluate(i);
                    Object v = row[first];
                    sums[t] += v == null ? 0 : ((Number) v).doubleValue();
                }
            }
        });
        double s = 0;
        for (double x : sums) {
            s += x;
        }
        return s;
    }

    private static void evaluate(Plan plan, Path partial, List<Long> todo, long bs, int threads, long resumed,
            Progress progress, String ext) {
        long n = plan.evaluations();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong(resumed);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        progress.update(resumed, n);
        runThreads(threads, t -> {
            Plan.Evaluator ev = plan.evaluator();
            StringBuilder sb = new StringBuilder();
            for (int k = next.getAndIncrement(); k < todo.size() && failure.get() == null;
                    k = next.getAndIncrement()) {
                long b = todo.get(k);
                long i = b * bs;
                long end = blockEnd(b, bs, n);
                sb.setLength(0);
                String stage = "evaluation ";
                try {
                    if (ext.equals(".csv")) {
                        for (; i < end; i++) {
                            Csv.append(sb, ev.evaluate(i));
                        }
                        stage = "writing block " + b;
                        OutputDir.writeAtomically(blockFile(partial, b, ext), sb.toString());
                    } else {
                        SobolPartial sums = new SobolPartial(plan);
                        for (; i < end; i++) {
                            sums.accept(ev.evaluate(i));
                        }
                        stage = "writing block " + b;
                        OutputDir.writeAtomically(blockFile(partial, b, ext), sums.bytes());
                    }
                    stage = "reporting progress";
                    progress.update(done.addAndGet(end - b * bs), n);
                } catch (RuntimeException e) {
                    String what = stage.equals("evaluation ") ? "evaluation " + i : stage;
                    failure.compareAndSet(null, new SweepFailure(what + " failed: " + message(e), e));
                    return;
                }
            }
        });
        RuntimeException e = failure.get();
        if (e != null) {
            long kept = countKept(partial, bs, n, ext);
            throw new SweepFailure(e.getMessage() + "; " + kept + " of " + n + " evaluations are kept in " + partial
                    + " (run again with --out " + partial.getParent() + " to resume)", e.getCause());
        }
    }

    private static long countKept(Path partial, long bs, long n, String ext) {
        long kept = 0;
        for (long b = 0; b * bs < n; b++) {
            if (Files.isRegularFile(blockFile(partial, b, ext))) {
                kept += blockEnd(b, bs, n) - b * bs;
            }
        }
        return kept;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Merges the blocks' Saltelli sums (a job that keeps its summary alone). */
    private static Summary mergePartials(Plan plan, Path partial, long blocks) {
        SobolPartial all = new SobolPartial(plan);
        try {
            for (long b = 0; b < blocks; b++) {
                all.merge(SobolPartial.of(Files.readAllBytes(blockFile(partial, b, ".bin"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Summaries.of(plan, List.of(), all.finish(plan));
    }

    /** Joins the blocks into results.csv in index order and summarises them on the way. */
    private static Summary join(Plan plan, OutputDir out, Path partial, long blocks) {
        LocalSummariser summariser = new LocalSummariser(plan);
        Path target = out.resolve("results.csv");
        Path tmp = out.resolve(".results.csv.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(Csv.header(plan.columns()));
            long expected = 0;
            for (long b = 0; b < blocks; b++) {
                try (BufferedReader r = Files.newBufferedReader(blockFile(partial, b, ".csv"),
                        StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        Object[] row = Csv.parse(line, plan.columns());
                        if ((Long) row[0] != expected) {
                            throw new SweepFailure(blockFile(partial, b, ".csv") + ": expected evaluation " + expected
                                    + ", found " + row[0] + " (delete the folder's partial/ to start again)");
                        }
                        expected++;
                        summariser.accept(row);
                        w.write(line);
                        w.write('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            OutputDir.move(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summariser.finish();
    }

    private static Path blockFile(Path partial, long b, String ext) {
        return partial.resolve(String.format("b-%010d", b) + ext);
    }

    private static long blockEnd(long b, long bs, long n) {
        return Math.min(n, (b + 1) * bs);
    }

    private interface Work {
        void run(int thread);
    }

    private static void runThreads(int threads, Work work) {
        List<Thread> ts = new ArrayList<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            Thread th = new Thread(() -> work.run(id), "sweep-" + t);
            th.setUncaughtExceptionHandler((x, e) -> crash.compareAndSet(null, e));
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SweepFailure("interrupted");
            }
        }
        if (crash.get() != null) {
            throw new SweepFailure("a worker failed: " + message(crash.get()), crash.get());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
