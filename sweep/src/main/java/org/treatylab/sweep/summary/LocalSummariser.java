package org.treatylab.sweep.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.sweep.job.GridDimension;
import org.treatylab.sweep.job.Kind;
import org.treatylab.sweep.job.SummaryTable;
import org.treatylab.sweep.model.Column;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.stats.ExactSum;
import org.treatylab.sweep.stats.Percentiles;

/**
 * Summarises result rows as the local engine reads them back, in index order: exact sums, exact percentiles and
 * value counts per group, and the Saltelli terms per base sample.
 */
public final class LocalSummariser {
    private final Plan plan;
    private final List<TableState> tables = new ArrayList<>();
    private final SobolPartial sobol;
    private final Map<String, Integer> columnIndex = new HashMap<>();

    public LocalSummariser(Plan plan) {
        this.plan = plan;
        List<Column> cols = plan.columns();
        for (int i = 0; i < cols.size(); i++) {
            columnIndex.put(cols.get(i).name(), i);
        }
        for (SummaryTable t : plan.job().tables()) {
            tables.add(new TableState(t));
        }
        sobol = plan.job().kind() == Kind.SENSITIVITY ? new SobolPartial(plan) : null;
    }

    /** Takes the next row (rows must come in index order for a sensitivity job). */
    public void accept(Object[] row) {
        for (TableState t : tables) {
            t.accept(row);
        }
        if (sobol != null) {
            sobol.accept(row);
        }
    }

    public Summary finish() {
        List<Table> out = new ArrayList<>();
        for (TableState t : tables) {
            out.add(t.finish());
        }
        return Summaries.of(plan, out, sobol == null ? List.of() : sobol.finish(plan));
    }

    private int column(String name) {
        return columnIndex.get(name);
    }

    /** Per-output accumulators of one group. */
    private static final class Acc {
        final ExactSum sum = new ExactSum();
        final ExactSum squares = new ExactSum();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] values = new double[16];
        int n;

        void add(double x) {
            sum.add(x);
            squares.add(x * x);
            min = Math.min(min, x);
            max = Math.max(max, x);
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = x;
        }
    }

    private final class TableState {
        final SummaryTable spec;
        final int[] by;
        final int[] outs;
        final int[] freq;
        final double[] ps;
        final Map<List<Object>, Acc[]> groups = new LinkedHashMap<>();
        final Map<List<Object>, List<Map<Object, Long>>> counts = new LinkedHashMap<>();

        TableState(SummaryTable spec) {
            this.spec = spec;
            by = spec.groupBy().stream().mapToInt(LocalSummariser.this::column).toArray();
            outs = spec.outputs().stream().mapToInt(LocalSummariser.this::column).toArray();
            freq = spec.frequencies().stream().mapToInt(LocalSummariser.this::column).toArray();
            ps = spec.percentiles().stream().mapToDouble(p -> p / 100).toArray();
        }

        void accept(Object[] row) {
            List<Object> key = new ArrayList<>(by.length);
            for (int c : by) {
                key.add(row[c]);
            }
            Acc[] accs = groups.computeIfAbsent(key, k -> {
                Acc[] a = new Acc[outs.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = new Acc();
                }
                return a;
            });
            for (int i = 0; i < outs.length; i++) {
                Object v = row[outs[i]];
                if (v != null) {
                    accs[i].add(((Number) v).doubleValue());
                }
            }
            if (freq.length > 0) {
                List<Map<Object, Long>> c = counts.computeIfAbsent(key, k -> {
                    List<Map<Object, Long>> l = new ArrayList<>();
                    for (int i = 0; i < freq.length; i++) {
                        l.add(new HashMap<>());
                    }
                    return l;
                });
                for (int i = 0; i < freq.length; i++) {
                    c.get(i).merge(row[freq[i]] == null ? NullKey.NULL : row[freq[i]], 1L, Long::sum);
                }
            }
        }

        Table finish() {
            Map<List<Object>, List<OutputAgg>> aggs = new LinkedHashMap<>();
            groups.forEach((key, accs) -> {
                List<OutputAgg> l = new ArrayList<>();
                for (Acc a : accs) {
                    l.add(new OutputAgg(a.n, a.sum.exact(), a.squares.exact(), a.min, a.max,
                            Percentiles.of(a.values, a.n, ps)));
                }
                aggs.put(key, l);
            });
            Map<List<Object>, List<Map<Object, Long>>> freqs = new LinkedHashMap<>();
            counts.forEach((key, maps) -> {
                List<Map<Object, Long>> l = new ArrayList<>();
                for (Map<Object, Long> m : maps) {
                    Map<Object, Long> copy = new HashMap<>();
                    m.forEach((v, n) -> copy.put(v == NullKey.NULL ? null : v, n));
                    l.add(copy);
                }
                freqs.put(key, l);
            });
            return Summaries.table(plan, spec, aggs, freqs);
        }
    }

    /** Stands for a missing value as a map key. */
    private enum NullKey {
        NULL
    }

    @Override
    public String toString() {
        return "LocalSummariser[" + plan.job().name() + ", " + plan.grid().stream().map(GridDimension::name).toList()
                + "]";
    }
}
