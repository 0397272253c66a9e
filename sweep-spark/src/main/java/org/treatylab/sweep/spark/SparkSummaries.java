package org.treatylab.sweep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.Encoders;
import org.treatylab.sweep.job.GridDimension;
import org.treatylab.sweep.job.SummaryTable;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.summary.OutputAgg;
import org.treatylab.sweep.summary.Sensitivity;
import org.treatylab.sweep.summary.Summaries;
import org.treatylab.sweep.summary.Summary;
import org.treatylab.sweep.summary.Table;

/**
 * A sweep's summary computed by Spark from the result rows: per group, counts, minima and maxima, Spark SQL's exact
 * {@code percentile}, and exact sums ({@link ExactSumAggregator}); value counts by grouping; and for a sensitivity
 * job the Saltelli matrices pivoted per base sample and their estimator terms summed per grid point. The numbers
 * then go through the same assembly as the local engine's ({@link Summaries}).
 */
final class SparkSummaries {
    private final Plan plan;
    private final Dataset<Row> rows;
    private final UserDefinedFunction exactSum = functions.udaf(new ExactSumAggregator(), Encoders.DOUBLE());

    SparkSummaries(Plan plan, Dataset<Row> rows) {
        this.plan = plan;
        this.rows = rows;
    }

    Summary summary() {
        List<Table> tables = new ArrayList<>();
        for (SummaryTable t : plan.job().tables()) {
            tables.add(table(t));
        }
        List<Sensitivity> sens = new ArrayList<>();
        for (String o : plan.job().sobol()) {
            sens.addAll(sobol(o));
        }
        return Summaries.of(plan, tables, sens);
    }

    private Table table(SummaryTable spec) {
        List<Column> aggs = new ArrayList<>();
        String ps = spec.percentiles().stream().map(p -> Double.toString(p / 100)).reduce((a, b) -> a + ", " + b)
                .orElse("");
        for (String o : spec.outputs()) {
            Column c = col(q(o));
            aggs.add(count(c));
            aggs.add(exactSum.apply(c));
            aggs.add(exactSum.apply(c.multiply(c)));
            aggs.add(min(c));
            aggs.add(max(c));
            if (!ps.isEmpty()) {
                aggs.add(expr("percentile(" + q(o) + ", array(" + ps + "))"));
            }
        }
        List<Row> result = grouped(spec.groupBy(), aggs);
        Map<List<Object>, List<OutputAgg>> outputs = new LinkedHashMap<>();
        int per = ps.isEmpty() ? 5 : 6;
        for (Row r : result) {
            int g = spec.groupBy().size();
            List<Object> key = key(r, g);
            List<OutputAgg> list = new ArrayList<>();
            for (int i = 0; i < spec.outputs().size(); i++) {
                int c = g + i * per;
                long n = r.getLong(c);
                double[] pv = new double[spec.percentiles().size()];
                if (!ps.isEmpty() && !r.isNullAt(c + 5)) {
                    List<Object> l = r.getList(c + 5);
                    for (int k = 0; k < pv.length; k++) {
                        pv[k] = ((Number) l.get(k)).doubleValue();
                    }
                } else {
                    java.util.Arrays.fill(pv, Double.NaN);
                }
                list.add(new OutputAgg(n, new BigDecimal(r.getString(c + 1)), new BigDecimal(r.getString(c + 2)),
                        n == 0 ? Double.NaN : r.getDouble(c + 3), n == 0 ? Double.NaN : r.getDouble(c + 4), pv));
            }
            outputs.put(key, list);
        }
        Map<List<Object>, List<Map<Object, Long>>> freqs = new LinkedHashMap<>();
        for (int f = 0; f < spec.frequencies().size(); f++) {
            List<String> by = new ArrayList<>(spec.groupBy());
            by.add(spec.frequencies().get(f));
            List<Row> counted = rows.groupBy(cols(by)).count().collectAsList();
            for (Row r : counted) {
                List<Object> key = key(r, spec.groupBy().size());
                List<Map<Object, Long>> maps = freqs.computeIfAbsent(key, k -> {
                    List<Map<Object, Long>> l = new ArrayList<>();
                    for (int i = 0; i < spec.frequencies().size(); i++) {
                        l.add(new HashMap<>());
                    }
                    return l;
                });
                maps.get(f).put(r.get(by.size() - 1), r.getLong(by.size()));
            }
        }
        return Summaries.table(plan, spec, outputs, freqs);
    }

    private List<Sensitivity> sobol(String output) {
        int k = plan.slots().size();
        long g = plan.gridSize();
        List<String> grid = plan.grid().stream().map(GridDimension::name).toList();
        Dataset<Row> withVariant = rows.withColumn("variant", expr("pmod(evaluation div " + g + ", " + (k + 2) + ")"));
        List<Column> pivots = new ArrayList<>();
        for (int v = 0; v < k + 2; v++) {
            pivots.add(max(when(col("variant").equalTo(v), col(q(output)))).as("f" + v));
        }
        List<String> bySample = new ArrayList<>(grid);
        bySample.add("sample");
        Dataset<Row> samples = withVariant.groupBy(cols(bySample)).agg(pivots.get(0),
                pivots.subList(1, pivots.size()).toArray(Column[]::new));
        Column complete = lit(true);
        for (int v = 0; v < k + 2; v++) {
            complete = complete.and(col("f" + v).isNotNull());
        }
        List<Column> aggs = new ArrayList<>();
        aggs.add(count(lit(1)));
        aggs.add(functions.sum(when(complete, 1).otherwise(0)));
        Dataset<Row> full = samples.withColumn("complete", complete);
        Column fa = when(col("complete"), col("f0"));
        Column fb = when(col("complete"), col("f1"));
        aggs.add(exactSum.apply(fa));
        aggs.add(exactSum.apply(fb));
        aggs.add(exactSum.apply(fa.multiply(fa)));
        aggs.add(exactSum.apply(fb.multiply(fb)));
        for (int i = 0; i < k; i++) {
            Column fab = when(col("complete"), col("f" + (i + 2)));
            Column s = fb.multiply(fab.minus(fa));
            Column d = fa.minus(fab);
            Column t = d.multiply(d);
            aggs.add(exactSum.apply(s));
            aggs.add(exactSum.apply(s.multiply(s)));
            aggs.add(exactSum.apply(t));
            aggs.add(exactSum.apply(t.multiply(t)));
        }
        List<Row> result = grouped(full, grid, aggs);
        List<String> inputs = plan.slots().stream().map(s -> s.column()).toList();
        List<Sensitivity> out = new ArrayList<>();
        for (Row r : result) {
            int c = grid.size();
            List<Object> key = key(r, c);
            long all = r.getLong(c);
            long n = r.getLong(c + 1);
            BigDecimal sumY = new BigDecimal(r.getString(c + 2)).add(new BigDecimal(r.getString(c + 3)));
            BigDecimal sumY2 = new BigDecimal(r.getString(c + 4)).add(new BigDecimal(r.getString(c + 5)));
            BigDecimal[][] first = new BigDecimal[k][];
            BigDecimal[][] total = new BigDecimal[k][];
            for (int i = 0; i < k; i++) {
                int b = c + 6 + 4 * i;
                first[i] = new BigDecimal[] {new BigDecimal(r.getString(b)), new BigDecimal(r.getString(b + 1))};
                total[i] = new BigDecimal[] {new BigDecimal(r.getString(b + 2)), new BigDecimal(r.getString(b + 3))};
            }
            out.add(Sensitivity.of(output, key, n, all - n, sumY, sumY2, inputs, first, total));
        }
        return out;
    }

    private List<Row> grouped(List<String> by, List<Column> aggs) {
        return grouped(rows, by, aggs);
    }

    private List<Row> grouped(Dataset<Row> data, List<String> by, List<Column> aggs) {
        Column first = aggs.get(0);
        Column[] rest = aggs.subList(1, aggs.size()).toArray(Column[]::new);
        List<Row> out = by.isEmpty() ? data.agg(first, rest).collectAsList()
                : data.groupBy(cols(by)).agg(first, rest).collectAsList();
        List<Row> sorted = new ArrayList<>(out);
        java.util.Comparator<List<Object>> order = Summaries.gridOrder(plan, by);
        sorted.sort((x, y) -> order.compare(key(x, by.size()), key(y, by.size())));
        return sorted;
    }

    private static List<Object> key(Row r, int n) {
        List<Object> key = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            key.add(r.get(i));
        }
        return key;
    }

    private static Column[] cols(List<String> names) {
        return names.stream().map(n -> col(q(n))).toArray(Column[]::new);
    }

    /** A column name quoted for Spark SQL. */
    private static String q(String name) {
        return "`" + name + "`";
    }
}
