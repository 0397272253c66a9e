package org.treatylab.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobReader;
import org.treatylab.sweep.local.LocalEngine;
import org.treatylab.sweep.model.Plan;

/**
 * The front door of sweeps: the shipped example jobs, reading a job, preparing it and running it on an engine.
 *
 * <p>Typical use: {@code Plan p = Sweeps.prepare(Sweeps.load("stability-bands-2011"));
 * Sweeps.engine("local").run(p, RunOptions.in(dir), progress)}.
 */
public final class Sweeps {
    /** The shipped example jobs, one per kind (and a check of the sensitivity estimators). */
    public static final List<String> EXAMPLES = List.of("stability-bands-2011", "talks-robustness-2009",
            "stability-sensitivity-2011", "ishigami-check");
    private static final String DIR = "/org/treatylab/sweep/examples/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Sweeps() {
    }

    /** The text of a shipped example job. */
    public static Optional<String> exampleText(String name) {
        if (!EXAMPLES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Sweeps.class.getResourceAsStream(DIR + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("shipped example job missing from the jar: " + name);
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A job file, or a shipped example by name when no such file exists.
     *
     * @throws org.treatylab.sweep.job.JobException naming the file and field of a bad job
     */
    public static Job load(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            return JobReader.read(p);
        }
        Optional<String> text = exampleText(nameOrFile);
        if (text.isPresent()) {
            return JobReader.parse(nameOrFile + ".json", text.get(), Path.of("").toAbsolutePath());
        }
        throw new InputException(nameOrFile + ": no such job file nor shipped example (examples: " + EXAMPLES + ")");
    }

    /** Prepares a job: resolves its postures or scenario and its drawn inputs. */
    public static Plan prepare(Job job) {
        return Plan.of(job);
    }

    /** The engines on the class path: "local" always, "spark" when module sweep-spark's jar is there. */
    public static List<String> engines() {
        List<String> names = new ArrayList<>(List.of("local"));
        for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
            names.add(e.name());
        }
        return names;
    }

    /**
     * An engine by name.
     *
     * @throws InputException when no engine of that name is on the class path
     */
    public static SweepEngine engine(String name) {
        if (name.equals("local")) {
            return new LocalEngine();
        }
        for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        if (name.equals("spark")) {
            throw new InputException("the spark engine is not on the class path: run through ./treatylab, which adds "
                    + "sweep-spark/target/lib for --engine spark (or build it: mvn -B package -pl sweep-spark -am "
                    + "-DskipTests)");
        }
        throw new InputException("unknown engine '" + name + "' (engines: " + engines() + ")");
    }

    /** The default output folder, {@code sweep-<job>-<yyyyMMdd-HHmmss>} in the working folder. */
    public static Path defaultOut(Job job, LocalDateTime now) {
        return Path.of("sweep-" + job.name() + "-" + STAMP.format(now));
    }
}
