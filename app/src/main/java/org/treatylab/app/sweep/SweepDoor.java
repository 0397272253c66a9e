package org.treatylab.app.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.InputException;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.sweep.RunOptions;
import org.treatylab.sweep.RunResult;
import org.treatylab.sweep.Shortcuts;
import org.treatylab.sweep.SweepEngine;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobReader;
import org.treatylab.sweep.job.ModelSpec;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.output.SummaryJson;

/**
 * One call per sweep use case: the shipped examples, a job prepared from a name, a file or a text, a run on the local
 * engine or on Spark, a benchmark of the engines, and the server's small sweeps (bounded, one at a time).
 */
public final class SweepDoor {
    /** The most evaluations a server runs for a stability job (2,000 take about a second on one core). */
    public static final long MAX_SERVER_STABILITY = 2_000;
    /** The most evaluations a server runs for a talks job (each plays a whole talks session). */
    public static final long MAX_SERVER_TALKS = 16;
    /** The most evaluations a server runs for a test-function job. */
    public static final long MAX_SERVER_FUNCTION = 50_000;
    private final Semaphore serverRun = new Semaphore(1);

    /** The shipped example jobs, one per kind, in the order shipped. */
    public List<SweepExample> examples() {
        List<SweepExample> out = new ArrayList<>();
        for (String name : Sweeps.EXAMPLES) {
            Job j = Sweeps.load(name);
            out.add(new SweepExample(name, j.kind().id(), j.description(), j.samples(), j.text()));
        }
        return out;
    }

    /**
     * A shipped example's job file.
     *
     * @throws TreatyLabException NOT_FOUND naming the examples when there is no such example
     */
    public String exampleText(String name) {
        return Sweeps.exampleText(name).orElseThrow(() -> new TreatyLabException(ErrorKind.NOT_FOUND,
                "no example job '" + name + "' (examples: " + Sweeps.EXAMPLES + ")"));
    }

    /**
     * A job file, or a shipped example by name, prepared (postures or scenario resolved, inputs drawn).
     *
     * @param seed a seed replacing the job's, or null
     * @throws InputException naming the file and field of a bad job
     */
    public SweepPlan prepare(String nameOrFile, Long seed) {
        Job j = Sweeps.load(nameOrFile);
        return new SweepPlan(Sweeps.prepare(seed != null ? j.withSeed(seed) : j));
    }

    /**
     * A job given as text (e.g. built by a command's shortcut), prepared.
     *
     * @param origin what to name in errors
     */
    public SweepPlan prepareText(String origin, String jobText) {
        return new SweepPlan(Sweeps.prepare(JobReader.parse(origin, jobText, Path.of("").toAbsolutePath())));
    }

    /**
     * Runs a prepared job and writes its folder (results.csv, summary.json, report.html); the local engine resumes an
     * unfinished run found in {@code out}.
     *
     * @param engine local or spark
     * @param threads local worker threads, or null for all cores
     * @param master Spark's master (spark only), or null for local[*]
     * @throws InputException for an unknown engine, spark options without spark, or bad thread counts
     */
    public SweepRun run(SweepPlan plan, String engine, Path out, Integer threads, String master,
            SweepProgress progress) {
        checkRun(engine, threads, master);
        SweepEngine e = Sweeps.engine(engine);
        RunOptions options = new RunOptions(out, threads != null ? threads
                : Runtime.getRuntime().availableProcessors(), master);
        return view(e.run(plan.plan(), options, progress::update), out);
    }

    /**
     * The job of a {@code stability sweep} command line (a stability-uncertainty job over its ceilings and rules with
     * the uncertainty of the shipped example stability-bands-2011), as a job file's text.
     */
    public String stabilityJob(String postureA, String partyA, String postureB, String partyB, LocalDate date,
            List<Long> ceilings, List<String> rules, Long deliveryVehicles, double exponent, double enemyWeight,
            double halfValueEmt, double reserve, long draws, long seed) {
        return Shortcuts.stability(postureA, partyA, postureB, partyB, date, ceilings, rules, deliveryVehicles,
                exponent, enemyWeight, halfValueEmt, reserve, draws, seed);
    }

    /**
     * The job of a {@code talks sweep --as-job} command line (a talks-robustness job with the varied priority drawn
     * between {@code low} and {@code high}), as a job file's text.
     */
    public String talksJob(String scenario, String agentA, String agentB, long sessionSeed, String party,
            String criterion, double low, double high, long draws, long seed) {
        return Shortcuts.talks(scenario, agentA, agentB, sessionSeed, party, criterion, low, high, draws, seed);
    }

    /**
     * Checks a run's settings before anything is written: the engine is on the class path, Spark's options go with
     * Spark, thread counts are positive.
     *
     * @throws InputException naming the setting
     */
    public void checkRun(String engine, Integer threads, String master) {
        if (master != null && !engine.equals("spark")) {
            throw new InputException("--master is for --engine spark");
        }
        if (threads != null && threads < 1) {
            throw new InputException("--threads must be >= 1, got " + threads);
        }
        Sweeps.engine(engine);
    }

    /**
     * A small sweep run for the server: a shipped example or a job object (shipped postures and scenarios only),
     * resized, run on at most two local threads in a folder deleted afterwards; one at a time.
     *
     * @param example a shipped example's name, or null
     * @param jobJson a job object's JSON, or null (exactly one of example and jobJson)
     * @param samples the draws (or base samples) to run, or null for the job's
     * @param seed a seed replacing the job's, or null
     * @throws TreatyLabException BAD_INPUT for a job above the server's bounds, NOT_FOUND for an unknown example,
     *     BUSY while another server sweep runs
     */
    public SweepRun runSmall(String example, String jobJson, Long samples, Long seed) {
        if ((example == null) == (jobJson == null)) {
            throw new InputException("give either 'example' (a shipped job's name) or 'job' (a job object)");
        }
        Job job = example != null ? JobReader.parse(example + ".json", exampleText(example), null)
                : JobReader.parse("job", jobJson, null);
        if (samples != null) {
            job = job.withSamples(samples);
        }
        if (seed != null) {
            job = job.withSeed(seed);
        }
        Plan plan = Sweeps.prepare(job);
        long max = job.model() instanceof ModelSpec.Stability ? MAX_SERVER_STABILITY
                : job.model() instanceof ModelSpec.Talks ? MAX_SERVER_TALKS : MAX_SERVER_FUNCTION;
        if (plan.evaluations() > max) {
            throw new InputException("the sweep has " + plan.evaluations() + " evaluations; the server runs at most "
                    + max + " for a " + job.model().type() + " job (run larger ones with treatylab sweep run)");
        }
        if (!serverRun.tryAcquire()) {
            throw new TreatyLabException(ErrorKind.BUSY, "another sweep is running; try again when it has finished");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("treatylab-sweep-");
            RunResult r = Sweeps.engine("local").run(plan, new RunOptions(dir.resolve("run"),
                    Math.min(2, Runtime.getRuntime().availableProcessors()), null), (done, total) -> { });
            return view(r, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            serverRun.release();
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /**
     * Times the evaluation phase of a job resized to each size on the local engine and, with {@code spark}, on Spark
     * in the same run (engines alternating, median of {@code repeat}), after a warm-up of each.
     *
     * @param threads local threads (and Spark's local[N]), or null for all cores
     * @param notes told before each size is timed
     */
    public SweepBench bench(String nameOrFile, List<Long> sizes, int repeat, Integer threads, boolean spark,
            String master, Consumer<String> notes) {
        if (repeat < 1) {
            throw new InputException("--repeat must be >= 1, got " + repeat);
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new InputException("--threads must be >= 1, got " + t);
        }
        Job base = Sweeps.load(nameOrFile);
        long perSample = Sweeps.prepare(base.withSamples(1)).evaluations();
        RunOptions options = new RunOptions(Path.of("."), t, master != null ? master : "local[" + t + "]");
        List<SweepEngine.Timer> timers = new ArrayList<>();
        try {
            timers.add(Sweeps.engine("local").timer(options));
            if (spark) {
                timers.add(Sweeps.engine("spark").timer(options));
            }
            // warm-up: the JIT and Spark's code generation, on a small run each
            Plan warm = Sweeps.prepare(base.withSamples(Math.max(1, 2000 / perSample)));
            for (SweepEngine.Timer timer : timers) {
                timer.seconds(warm);
            }
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<SweepBench.Row> rows = new ArrayList<>();
            for (long size : sizes) {
                Plan plan = Sweeps.prepare(base.withSamples(Math.max(1, size / perSample)));
                notes.accept("timing " + plan.evaluations() + " evaluations...");
                double[] l = new double[repeat];
                double[] sp = new double[repeat];
                for (int k = 0; k < repeat; k++) {
                    l[k] = timers.get(0).seconds(plan);
                    if (spark) {
                        sp[k] = timers.get(1).seconds(plan);
                    }
                }
                rows.add(new SweepBench.Row(plan.evaluations(), median(l), spark ? median(sp) : Double.NaN));
            }
            return new SweepBench(base.name(), base.kind().id(), Runtime.getRuntime().availableProcessors(), t,
                    repeat, load, spark ? options.master() : null, spark ? timers.get(1).startupSeconds() : 0, rows);
        } finally {
            timers.forEach(SweepEngine.Timer::close);
        }
    }

    private static SweepRun view(RunResult r, Path out) {
        Map<String, Object> document = SummaryJson.map(r.summary());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("engine", r.engine());
        run.put("evaluation_seconds", r.evaluationSeconds());
        document.put("run", run);
        return new SweepRun(r.engine(), r.summary(), out != null ? r.out() : null, r.evaluations(), r.resumed(),
                r.startupSeconds(), r.evaluationSeconds(), r.totalSeconds(), out != null ? r.files() : List.of(),
                document);
    }

    /** A percentile's label as summary.json names it: 5 → "5", 2.5 → "2.5". */
    public static String percentileLabel(double p) {
        return SummaryJson.label(p);
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
