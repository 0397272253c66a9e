package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The non-dominated subset of two-party points: sort by u1 then u2 (both descending), keep a point when no point
 * with a larger u1 has a u2 as large. Identical utility vectors are all kept (each is non-dominated).
 */
final class Sweep {
    private Sweep() {
    }

    /** Orders points best-for-party-1 first; ties by u2, then by rank (deterministic output). */
    static final Comparator<FrontierPoint> ORDER = Comparator.<FrontierPoint>comparingDouble(p -> -p.u()[0])
            .thenComparingDouble(p -> -p.u()[1]).thenComparingLong(FrontierPoint::rank);

    /** Exact non-dominated points of {@code points}, in {@link #ORDER}. */
    static List<FrontierPoint> exact(List<FrontierPoint> points) {
        FrontierPoint[] a = points.toArray(new FrontierPoint[0]);
        Arrays.sort(a, ORDER);
        List<FrontierPoint> out = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        int i = 0;
        while (i < a.length) {
            int j = i;
            while (j < a.length && a[j].u()[0] == a[i].u()[0]) {
                j++;
            }
            double groupMax = a[i].u()[1];
            if (groupMax > best) {
                for (int k = i; k < j && a[k].u()[1] == groupMax; k++) {
                    out.add(a[k]);
                }
                best = groupMax;
            }
            i = j;
        }
        return out;
    }
}
