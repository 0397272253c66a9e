package org.treatylab.sweep.job;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sweep as described in a job file (docs/sweeps.md): what varies, what is computed and what is summarised.
 *
 * <p>Each design row is repeated at every grid point. For a Monte Carlo kind a row is one draw of the uncertain
 * inputs; for {@link Kind#SENSITIVITY} the rows are the Saltelli design, {@code samples} × (inputs + 2). Every
 * evaluation's inputs are a function of the seed and its index alone (see
 * {@link org.treatylab.sweep.model.Plan}).
 *
 * @param name the job's name, [a-z0-9-]+, used in output folder names
 * @param samples draws (Monte Carlo kinds) or base samples N (sensitivity)
 * @param sobol the outputs whose Sobol indices a sensitivity job estimates (empty for other kinds)
 * @param fingerprint a digest of the job's text and the files it read, to tell a resumed run from another job
 * @param text the job file's text as read
 * @param keepRows true to keep every evaluation's row (results.csv, Parquet); false for a sensitivity job that keeps
 *     only the Sobol sums (the mode of very large studies, docs/sweeps.md)
 */
public record Job(String name, Kind kind, String description, long seed, long samples, ModelSpec model,
        List<GridDimension> grid, List<Factor> vary, List<SummaryTable> tables, List<String> sobol,
        String fingerprint, String text, boolean keepRows) implements Serializable {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Job {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-64 of [a-z0-9-], starting with a letter or digit, got '"
                    + name + "'");
        }
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        Objects.requireNonNull(model, "model");
        grid = List.copyOf(grid);
        vary = List.copyOf(vary);
        tables = List.copyOf(tables);
        sobol = List.copyOf(sobol);
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(text, "text");
        if (!keepRows && (kind != Kind.SENSITIVITY || !tables.isEmpty())) {
            throw new IllegalArgumentException("only a sensitivity job without tables can keep the summary alone");
        }
    }

    /** Points of the grid: the product of its dimensions' sizes (1 for no grid). */
    public long gridSize() {
        long n = 1;
        for (GridDimension d : grid) {
            n = Math.multiplyExact(n, d.values().size());
        }
        return n;
    }

    /** The same job with another number of draws or base samples (benchmarks size jobs this way). */
    public Job withSamples(long newSamples) {
        return new Job(name, kind, description, seed, newSamples, model, grid, vary, tables, sobol, fingerprint, text,
                keepRows);
    }

    /** The same job with another seed (the CLI's --seed). */
    public Job withSeed(long newSeed) {
        return new Job(name, kind, description, newSeed, samples, model, grid, vary, tables, sobol, fingerprint, text,
                keepRows);
    }
}
