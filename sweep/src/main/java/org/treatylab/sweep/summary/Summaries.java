package org.treatylab.sweep.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.treatylab.sweep.job.GridDimension;
import org.treatylab.sweep.job.SummaryTable;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.model.Slot;

/**
 * Builds a {@link Summary} from the aggregates an engine computed, in one order whatever the engine: groups in grid
 * order, frequency values ascending (missing last).
 */
public final class Summaries {
    private Summaries() {
    }

    /** The summary of a plan's tables and sensitivities. */
    public static Summary of(Plan plan, List<Table> tables, List<Sensitivity> sensitivity) {
        List<Summary.InputView> inputs = new ArrayList<>();
        for (Slot s : plan.slots()) {
            inputs.add(new Summary.InputView(s.column(), s.label(), s.distribution().type(), s.distribution().low(),
                    s.distribution().high(), s.source(), s.rationale()));
        }
        return new Summary(plan.job().name(), plan.job().kind().id(), plan.job().seed(), plan.evaluations(),
                plan.parties(), inputs, tables, sensitivity);
    }

    /**
     * One table from per-group aggregates.
     *
     * @param groups per group key, the aggregates of each output (table order) and the value counts of each
     *     frequency column (table order)
     */
    public static Table table(Plan plan, SummaryTable spec, Map<List<Object>, List<OutputAgg>> outputs,
            Map<List<Object>, List<Map<Object, Long>>> frequencies) {
        List<List<Object>> keys = new ArrayList<>(outputs.keySet());
        for (List<Object> k : frequencies.keySet()) {
            if (!outputs.containsKey(k)) {
                keys.add(k);
            }
        }
        keys.sort(gridOrder(plan, spec.groupBy()));
        List<Group> groups = new ArrayList<>();
        for (List<Object> key : keys) {
            List<Band> bands = new ArrayList<>();
            List<OutputAgg> aggs = outputs.getOrDefault(key, List.of());
            for (int i = 0; i < aggs.size(); i++) {
                OutputAgg a = aggs.get(i);
                bands.add(Band.of(spec.outputs().get(i), a.count(), a.sum(), a.squares(), a.min(), a.max(),
                        a.percentiles()));
            }
            List<Frequency> freq = new ArrayList<>();
            List<Map<Object, Long>> counts = frequencies.getOrDefault(key, List.of());
            for (int i = 0; i < counts.size(); i++) {
                List<Frequency.Count> c = new ArrayList<>();
                counts.get(i).forEach((v, n) -> c.add(new Frequency.Count(v, n)));
                c.sort(Comparator.comparing(Frequency.Count::value, Summaries::compareValues));
                freq.add(new Frequency(spec.frequencies().get(i), c));
            }
            groups.add(new Group(key, bands, freq));
        }
        return new Table(spec.groupBy(), spec.outputs(), spec.percentiles(), groups);
    }

    /** Orders group keys by the position of each value in its grid dimension. */
    public static Comparator<List<Object>> gridOrder(Plan plan, List<String> groupBy) {
        List<List<Object>> values = new ArrayList<>();
        for (String name : groupBy) {
            values.add(plan.grid().stream().filter(d -> d.name().equals(name)).map(GridDimension::values)
                    .findFirst().orElseThrow());
        }
        return (x, y) -> {
            for (int i = 0; i < x.size(); i++) {
                int c = Integer.compare(values.get(i).indexOf(x.get(i)), values.get(i).indexOf(y.get(i)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** Numbers ascending, then texts, missing (null) last. */
    static int compareValues(Object x, Object y) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        if (x instanceof Number a && y instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (x instanceof Number) {
            return -1;
        }
        if (y instanceof Number) {
            return 1;
        }
        return x.toString().compareTo(y.toString());
    }
}
