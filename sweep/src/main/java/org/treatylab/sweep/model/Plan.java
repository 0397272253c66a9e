package org.treatylab.sweep.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.sweep.job.GridDimension;
import org.treatylab.sweep.job.Job;
import org.treatylab.sweep.job.JobException;
import org.treatylab.sweep.job.Kind;
import org.treatylab.sweep.job.ModelSpec;
import org.treatylab.sweep.stats.SplitMix;

/**
 * A job prepared to run: its model, its drawn inputs, the columns of its results, and evaluators that compute any
 * evaluation from its index alone.
 *
 * <p>Evaluation {@code e} is row {@code r = e / G} at grid point {@code g = e % G} (G points, the last grid dimension
 * varying fastest). For a Monte Carlo kind, row r is draw r, whose inputs come from the generator seeded by (seed, r).
 * For a sensitivity job (Saltelli 2002, 2010), row r is base sample {@code j = r / (k + 2)} in variant
 * {@code v = r % (k + 2)}: the generator seeded by (seed, j) gives matrix A's row and then matrix B's; variant 0 is
 * A, 1 is B and 2 + i is A with input i taken from B.
 */
public final class Plan {
    private static final Map<String, Plan> CACHE = new ConcurrentHashMap<>();

    private final Job job;
    private final Model model;
    private final List<Slot> slots;
    private final List<GridDimension> grid;
    private final long gridSize;
    private final long rows;
    private final long evaluations;
    private final List<Column> columns;
    private final List<String> parties;

    private Plan(Job job) {
        this.job = job;
        List<String> gridNames = job.grid().stream().map(GridDimension::name).toList();
        ModelSpec spec = job.model();
        if (spec instanceof ModelSpec.Stability s) {
            StabilityModel m = new StabilityModel(s, job.vary(), gridNames);
            this.model = m;
            this.parties = m.parties();
        } else if (spec instanceof ModelSpec.Function f) {
            this.model = new FunctionModel(f, job.vary());
            this.parties = List.of();
        } else {
            TalksModel m = new TalksModel((ModelSpec.Talks) spec, job.vary(), gridNames);
            this.model = m;
            this.parties = m.parties();
        }
        this.slots = model.slots();
        this.grid = job.grid();
        this.gridSize = job.gridSize();
        if (job.kind() == Kind.SENSITIVITY && slots.isEmpty()) {
            throw new JobException("vary: no input is left to vary (every range is a single value)");
        }
        long perSample = job.kind() == Kind.SENSITIVITY ? slots.size() + 2 : 1;
        try {
            this.rows = Math.multiplyExact(job.samples(), perSample);
            this.evaluations = Math.multiplyExact(rows, gridSize);
        } catch (ArithmeticException e) {
            throw new JobException("the job has more than 2^63 evaluations");
        }
        this.columns = buildColumns();
    }

    /** Prepares a job (resolving its postures or scenario). */
    public static Plan of(Job job) {
        return new Plan(job);
    }

    /** The plan of a job, prepared once per JVM (Spark executors run many tasks of one job). */
    public static Plan cached(Job job) {
        return CACHE.computeIfAbsent(job.fingerprint() + "/" + job.seed() + "/" + job.samples(), k -> new Plan(job));
    }

    private List<Column> buildColumns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("evaluation", Column.Type.LONG));
        if (job.kind() == Kind.SENSITIVITY) {
            c.add(new Column("sample", Column.Type.LONG));
            c.add(new Column("matrix", Column.Type.TEXT));
        } else {
            c.add(new Column("draw", Column.Type.LONG));
        }
        for (GridDimension d : grid) {
            c.add(new Column(d.name(), d.isNumeric() ? Column.Type.LONG : Column.Type.TEXT));
        }
        for (Slot s : slots) {
            c.add(new Column(s.column(), Column.Type.DOUBLE));
        }
        for (String o : model.outputs()) {
            c.add(new Column(o, Column.Type.DOUBLE));
        }
        for (String o : model.textOutputs()) {
            c.add(new Column(o, Column.Type.TEXT));
        }
        Set<String> seen = new HashSet<>();
        for (Column col : c) {
            if (!seen.add(col.name())) {
                throw new JobException("vary: the column '" + col.name() + "' would appear twice in the results; "
                        + "rename the input");
            }
        }
        return List.copyOf(c);
    }

    public Job job() {
        return job;
    }

    public List<Slot> slots() {
        return slots;
    }

    public List<String> outputs() {
        return model.outputs();
    }

    public List<GridDimension> grid() {
        return grid;
    }

    public long gridSize() {
        return gridSize;
    }

    /** Design rows: draws, or samples × (inputs + 2) for a sensitivity job. */
    public long rows() {
        return rows;
    }

    public long evaluations() {
        return evaluations;
    }

    /** The columns of a result row, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The parties of sides A and B of a stability or talks job (empty for a function). */
    public List<String> parties() {
        return parties;
    }

    /** The text outputs of one evaluation, after the numeric outputs. */
    public List<String> textOutputs() {
        return model.textOutputs();
    }

    /** The index of the first output column in a row. */
    public int firstOutput() {
        return columns.size() - model.outputs().size() - model.textOutputs().size();
    }

    /** The index of the first input column in a row. */
    public int firstInput() {
        return firstOutput() - slots.size();
    }

    /** The index of the first grid column in a row. */
    public int firstGrid() {
        return job.kind() == Kind.SENSITIVITY ? 3 : 2;
    }

    /** The values of grid point {@code g}. */
    public Object[] point(long g) {
        Object[] p = new Object[grid.size()];
        long rest = g;
        for (int d = grid.size() - 1; d >= 0; d--) {
            List<Object> values = grid.get(d).values();
            p[d] = values.get((int) (rest % values.size()));
            rest /= values.size();
        }
        return p;
    }

    /** An evaluator for one thread. */
    public Evaluator evaluator() {
        return new Evaluator(model.worker());
    }

    /** Computes result rows from evaluation indices; not thread-safe. */
    public final class Evaluator {
        private final Model.Worker worker;
        private final double[] values = new double[slots.size()];
        private final double[] a = new double[slots.size()];
        private final double[] b = new double[slots.size()];
        private final double[] out = new double[model.outputs().size()];
        private final String[] text = new String[model.textOutputs().size()];
        private long currentRow = -1;
        private String matrix = "";

        private Evaluator(Model.Worker worker) {
            this.worker = worker;
        }

        /** The result row of evaluation {@code index}: values typed as {@link #columns()} (null for none). */
        public Object[] evaluate(long index) {
            if (index < 0 || index >= evaluations) {
                throw new IllegalArgumentException("index must be within [0, " + evaluations + "), got " + index);
            }
            long r = index / gridSize;
            long g = index % gridSize;
            if (r != currentRow) {
                draw(r);
                worker.inputs(values);
                currentRow = r;
            }
            Object[] point = point(g);
            java.util.Arrays.fill(text, null);
            worker.compute(point, out, text);
            Object[] row = new Object[columns.size()];
            int c = 0;
            row[c++] = index;
            if (job.kind() == Kind.SENSITIVITY) {
                row[c++] = r / (slots.size() + 2);
                row[c++] = matrix;
            } else {
                row[c++] = r;
            }
            for (Object p : point) {
                row[c++] = p;
            }
            for (double v : values) {
                row[c++] = v;
            }
            for (double v : out) {
                row[c++] = Double.isNaN(v) ? null : v;
            }
            for (String t : text) {
                row[c++] = t;
            }
            return row;
        }

        private void draw(long r) {
            int k = slots.size();
            if (job.kind() != Kind.SENSITIVITY) {
                SplitMix rng = SplitMix.of(job.seed(), r);
                for (int i = 0; i < k; i++) {
                    values[i] = slots.get(i).distribution().quantile(rng.nextOpenUnit());
                }
                return;
            }
            long j = r / (k + 2);
            int v = (int) (r % (k + 2));
            SplitMix rng = SplitMix.of(job.seed(), j);
            for (int i = 0; i < k; i++) {
                a[i] = slots.get(i).distribution().quantile(rng.nextOpenUnit());
            }
            for (int i = 0; i < k; i++) {
                b[i] = slots.get(i).distribution().quantile(rng.nextOpenUnit());
            }
            System.arraycopy(v == 1 ? b : a, 0, values, 0, k);
            if (v >= 2) {
                values[v - 2] = b[v - 2];
            }
            matrix = v == 0 ? "A" : v == 1 ? "B" : "AB:" + slots.get(v - 2).column();
        }
    }
}
