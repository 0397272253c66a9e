package org.treatylab.sweep;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run a sweep.
 *
 * @param out the output folder (created; an unfinished sweep of the same job and seed in it is resumed)
 * @param threads worker threads of the local engine (all cores by default)
 * @param master the Spark master URL ({@code local[*]} by default; ignored by the local engine)
 */
public record RunOptions(Path out, int threads, String master) {

    public RunOptions {
        Objects.requireNonNull(out, "out");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        master = master == null ? "local[*]" : master;
    }

    /** All local cores, Spark on local[*]. */
    public static RunOptions in(Path out) {
        return new RunOptions(out, Runtime.getRuntime().availableProcessors(), null);
    }
}
