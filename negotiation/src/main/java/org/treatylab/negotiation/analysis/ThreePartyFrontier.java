package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * The exact three-party Pareto frontier by enumeration, in three streaming passes without boxing (no array of all
 * outcomes is kept).
 *
 * <ol>
 *   <li>the range of u1 and u2;</li>
 *   <li>per cell of a G x G grid over (u1, u2), the best u3; then, per cell, the best u3 over every cell strictly
 *       above it in both u1 and u2 (a two-dimensional suffix maximum);</li>
 *   <li>an outcome whose u3 does not beat that value is dominated (an outcome there has strictly higher u1 and u2
 *       and at least its u3) and is dropped; the others are kept as candidates.</li>
 * </ol>
 * The candidates (a superset of the frontier) are then filtered exactly by a sweep in u1 with a staircase in
 * (u2, u3) ({@link #skyline}), in O(c log c) for c candidates.
 */
final class ThreePartyFrontier {
    private static final int GRID = 1024;

    private ThreePartyFrontier() {
    }

    static List<FrontierPoint> compute(Domain d, List<UtilityFunction> utilities) {
        if (utilities.size() != 3) {
            throw new IllegalArgumentException("expected 3 utility functions, got " + utilities.size());
        }
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        Enumeration.forEach(d, utilities, (rank, u) -> {
            range[0] = Math.min(range[0], u[0]);
            range[1] = Math.max(range[1], u[0]);
            range[2] = Math.min(range[2], u[1]);
            range[3] = Math.max(range[3], u[1]);
        });
        double lo1 = range[0];
        double lo2 = range[2];
        double s1 = range[1] > lo1 ? (GRID - 1) / (range[1] - lo1) : 0;
        double s2 = range[3] > lo2 ? (GRID - 1) / (range[3] - lo2) : 0;
        int side = GRID + 1;
        double[] best = new double[side * side];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Enumeration.forEach(d, utilities, (rank, u) -> {
            int c = cell(u[0], lo1, s1) * side + cell(u[1], lo2, s2);
            if (u[2] > best[c]) {
                best[c] = u[2];
            }
        });
        // best[i][j] becomes the maximum over i' >= i, j' >= j (row GRID and column GRID stay empty)
        for (int i = GRID - 1; i >= 0; i--) {
            for (int j = GRID - 1; j >= 0; j--) {
                int c = i * side + j;
                best[c] = Math.max(best[c], Math.max(best[c + side], best[c + 1]));
            }
        }
        List<FrontierPoint> candidates = new ArrayList<>();
        Enumeration.forEach(d, utilities, (rank, u) -> {
            int c = (cell(u[0], lo1, s1) + 1) * side + cell(u[1], lo2, s2) + 1;
            if (u[2] > best[c]) {
                candidates.add(new FrontierPoint(u.clone(), rank));
            }
        });
        return skyline(candidates);
    }

    /** Monotone in u: a larger cell means a strictly larger utility. */
    private static int cell(double u, double lo, double scale) {
        int k = (int) ((u - lo) * scale);
        return Math.min(GRID - 1, Math.max(0, k));
    }

    /**
     * The exact non-dominated subset of three-party {@code points}, best for party 1 first: sorted by utilities
     * descending, party by party, a point can be dominated only by one before it; those before it have at least its
     * u1, so it is dominated exactly when one of them (not an identical vector) has at least its u2 and u3. A staircase
     * of the (u2, u3) pairs seen so far (u3 falling as u2 rises) answers that with one look-up.
     */
    static List<FrontierPoint> skyline(List<FrontierPoint> points) {
        FrontierPoint[] a = points.toArray(new FrontierPoint[0]);
        Arrays.sort(a, LEXICOGRAPHIC);
        java.util.TreeMap<Double, Double> stair = new java.util.TreeMap<>();
        List<FrontierPoint> front = new ArrayList<>();
        int i = 0;
        while (i < a.length) {
            double[] x = a[i].u();
            int j = i + 1;
            while (j < a.length && Arrays.equals(a[j].u(), x)) {
                j++;
            }
            java.util.Map.Entry<Double, Double> above = stair.ceilingEntry(x[1]);
            if (above == null || above.getValue() < x[2]) {
                for (int k = i; k < j; k++) {
                    front.add(a[k]);
                }
                // (u2, u3) pairs at or below x in both are no longer needed
                for (java.util.Map.Entry<Double, Double> e = stair.floorEntry(x[1]); e != null && e.getValue() <= x[2];
                        e = stair.floorEntry(x[1])) {
                    stair.remove(e.getKey());
                }
                stair.put(x[1], x[2]);
            }
            i = j;
        }
        return front;
    }

    /** Utilities descending, party by party, then rank ascending. */
    static final Comparator<FrontierPoint> LEXICOGRAPHIC = (p, q) -> {
        for (int i = 0; i < p.u().length; i++) {
            int c = Double.compare(q.u()[i], p.u()[i]);
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(p.rank(), q.rank());
    };
}
