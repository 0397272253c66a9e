package org.treatylab.sweep.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.treatylab.domain.InputException;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.summary.Summary;

/**
 * A sweep's output folder: {@code sweep.json} (which job and seed it holds, so a rerun resumes only its own sweep),
 * {@code job.json} (the job as run), {@code results.csv}, {@code summary.json}, {@code report.html}, and while a local
 * run is unfinished {@code partial/} with its finished blocks. Every file is written whole or not at all.
 */
public final class OutputDir {
    public static final String MANIFEST = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private OutputDir(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens (creating) the folder for a plan.
     *
     * @throws InputException when the folder holds something else: files that are not a sweep's, or a sweep of
     *     another job or seed
     */
    public static OutputDir open(Path dir, Plan plan, long blockSize) {
        try {
            Files.createDirectories(dir);
            Path manifest = dir.resolve(MANIFEST);
            if (Files.isRegularFile(manifest)) {
                JsonNode m = JSON.readTree(Files.readString(manifest));
                String fp = m.path("fingerprint").asText();
                long seed = m.path("seed").asLong();
                if (!fp.equals(plan.job().fingerprint()) || seed != plan.job().seed()) {
                    throw new InputException(dir + " holds a sweep of job '" + m.path("job").asText() + "' with seed "
                            + seed + " (another job, seed or input file); give another --out folder");
                }
            } else {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new InputException(dir + " is not empty and holds no sweep (no " + MANIFEST
                                + "); give a new or empty --out folder");
                    }
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("job", plan.job().name());
                m.put("kind", plan.job().kind().id());
                m.put("fingerprint", plan.job().fingerprint());
                m.put("seed", plan.job().seed());
                m.put("evaluations", plan.evaluations());
                m.put("block_size", blockSize);
                OutputDir out = new OutputDir(dir);
                out.write("job.json", plan.job().text());
                out.write(MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
                return out;
            }
            return new OutputDir(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }

    /** Writes a file whole or not at all (a temporary file beside it, then a move). */
    public Path write(String name, String text) {
        Path target = dir.resolve(name);
        writeAtomically(target, text);
        return target;
    }

    /** Writes any file whole or not at all. */
    public static void writeAtomically(Path target, String text) {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes any file whole or not at all. */
    public static void writeAtomically(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.write(tmp, bytes);
            move(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the move succeeded or the write failed first; nothing more to do
            }
        }
    }

    /** Moves a finished temporary file into place atomically where the file system allows. */
    public static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes summary.json and report.html; returns them. */
    public List<Path> finish(Summary summary, Map<String, Object> run) {
        List<Path> files = new ArrayList<>();
        files.add(write("summary.json", SummaryJson.write(summary, run)));
        files.add(write("report.html", ReportHtml.render(summary, run)));
        return files;
    }
}
