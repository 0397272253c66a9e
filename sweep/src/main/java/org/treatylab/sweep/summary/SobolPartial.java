package org.treatylab.sweep.summary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treatylab.sweep.model.Plan;
import org.treatylab.sweep.stats.ExactSum;

/**
 * The Saltelli sums of some whole base samples: per grid point and output, the exact sums of f(A), f(B), their
 * squares and the estimator terms. Partials of any split of the samples merge into the same sums (they are exact), so
 * the local engine's blocks and Spark's partitions reduce to the same indices ({@link #finish}).
 */
public final class SobolPartial implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int k;
    private final long g;
    private final int[] outs;
    /** Per grid point index, per output. */
    private final Map<Long, PointAcc[]> points = new TreeMap<>();
    /** Per grid point, output and variant: the current sample's values (NaN when missing). */
    private transient double[][][] current;

    public SobolPartial(Plan plan) {
        this.k = plan.slots().size();
        this.g = plan.gridSize();
        List<String> names = plan.columns().stream().map(c -> c.name()).toList();
        this.outs = plan.job().sobol().stream().mapToInt(names::indexOf).toArray();
    }

    /** Takes the next row; the rows of each base sample come together, in index order. */
    public void accept(Object[] row) {
        if (current == null) {
            current = new double[(int) g][outs.length][k + 2];
        }
        long index = (Long) row[0];
        int point = (int) (index % g);
        int variant = (int) ((index / g) % (k + 2));
        for (int o = 0; o < outs.length; o++) {
            Object v = row[outs[o]];
            current[point][o][variant] = v == null ? Double.NaN : ((Number) v).doubleValue();
        }
        if (variant == k + 1) {
            PointAcc[] accs = points.computeIfAbsent((long) point, p -> {
                PointAcc[] a = new PointAcc[outs.length];
                for (int o = 0; o < a.length; o++) {
                    a[o] = new PointAcc(k);
                }
                return a;
            });
            for (int o = 0; o < outs.length; o++) {
                accs[o].add(current[point][o]);
            }
        }
    }

    /** Adds another partial's sums into this one. */
    public void merge(SobolPartial other) {
        other.points.forEach((p, accs) -> {
            PointAcc[] mine = points.get(p);
            if (mine == null) {
                points.put(p, accs);
            } else {
                for (int o = 0; o < mine.length; o++) {
                    mine[o].merge(accs[o]);
                }
            }
        });
    }

    /** The indices: per output, per grid point in grid order. */
    public List<Sensitivity> finish(Plan plan) {
        List<Sensitivity> out = new ArrayList<>();
        List<String> inputs = plan.slots().stream().map(s -> s.column()).toList();
        for (int o = 0; o < outs.length; o++) {
            for (Map.Entry<Long, PointAcc[]> e : points.entrySet()) {
                PointAcc a = e.getValue()[o];
                BigDecimal[][] first = new BigDecimal[k][];
                BigDecimal[][] total = new BigDecimal[k][];
                for (int i = 0; i < k; i++) {
                    first[i] = new BigDecimal[] {a.first[i].exact(), a.firstSq[i].exact()};
                    total[i] = new BigDecimal[] {a.total[i].exact(), a.totalSq[i].exact()};
                }
                out.add(Sensitivity.of(plan.job().sobol().get(o), Arrays.asList(plan.point(e.getKey())), a.n,
                        a.dropped, a.y.exact(), a.y2.exact(), inputs, first, total));
            }
        }
        return out;
    }

    /** The partial as bytes (Java serialization), to write a block or ship a Spark partition's result. */
    public byte[] bytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** A partial read back from {@link #bytes}. */
    public static SobolPartial of(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (SobolPartial) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Saltelli sums of one output at one grid point. */
    private static final class PointAcc implements Serializable {
        private static final long serialVersionUID = 1L;
        long n;
        long dropped;
        final ExactSum y = new ExactSum();
        final ExactSum y2 = new ExactSum();
        final ExactSum[] first;
        final ExactSum[] firstSq;
        final ExactSum[] total;
        final ExactSum[] totalSq;

        PointAcc(int k) {
            first = sums(k);
            firstSq = sums(k);
            total = sums(k);
            totalSq = sums(k);
        }

        private static ExactSum[] sums(int k) {
            ExactSum[] s = new ExactSum[k];
            for (int i = 0; i < k; i++) {
                s[i] = new ExactSum();
            }
            return s;
        }

        void add(double[] f) {
            for (double v : f) {
                if (Double.isNaN(v)) {
                    dropped++;
                    return;
                }
            }
            n++;
            double fa = f[0];
            double fb = f[1];
            y.add(fa);
            y.add(fb);
            y2.add(fa * fa);
            y2.add(fb * fb);
            for (int i = 0; i < first.length; i++) {
                double fab = f[i + 2];
                double s = fb * (fab - fa);
                double d = fa - fab;
                double t = d * d;
                first[i].add(s);
                firstSq[i].add(s * s);
                total[i].add(t);
                totalSq[i].add(t * t);
            }
        }

        void merge(PointAcc o) {
            n += o.n;
            dropped += o.dropped;
            y.merge(o.y);
            y2.merge(o.y2);
            for (int i = 0; i < first.length; i++) {
                first[i].merge(o.first[i]);
                firstSq[i].merge(o.firstSq[i]);
                total[i].merge(o.total[i]);
                totalSq[i].merge(o.totalSq[i]);
            }
        }
    }
}
