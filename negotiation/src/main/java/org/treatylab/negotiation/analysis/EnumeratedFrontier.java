package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * The exact Pareto frontier by enumerating every outcome, streaming (no array of all outcomes is kept).
 *
 * <p>Two parties ({@link TwoPartyScan}): a first pass records, per bucket of party 1's utility, the best utility of
 * party 2; a point whose utility for party 2 does not beat every bucket above its own is dominated (those points have
 * strictly higher utility for party 1) and is dropped in the second pass; the few survivors are swept exactly. Three
 * parties: the same idea on a grid over (u1, u2) ({@link ThreePartyFrontier}). More parties: a running list of
 * non-dominated points, each new point checked against it.
 */
final class EnumeratedFrontier {
    private static final int BUCKETS = 1 << 16;

    private EnumeratedFrontier() {
    }

    static List<FrontierPoint> compute(Domain d, List<UtilityFunction> utilities) {
        return utilities.size() == 2 ? twoParties(d, utilities) : utilities.size() == 3
                ? ThreePartyFrontier.compute(d, utilities) : manyParties(d, utilities);
    }

    private static List<FrontierPoint> twoParties(Domain d, List<UtilityFunction> utilities) {
        TwoPartyScan scan = new TwoPartyScan(d, utilities.get(0), utilities.get(1));
        double lo = scan.lowerBound();
        double hi = scan.upperBound();
        double scale = hi > lo ? (BUCKETS - 1) / (hi - lo) : 0;
        double[] bucketMax = new double[BUCKETS];
        Arrays.fill(bucketMax, Double.NEGATIVE_INFINITY);
        scan.bucketMaxima(lo, scale, bucketMax);
        double[] above = new double[BUCKETS];
        double run = Double.NEGATIVE_INFINITY;
        for (int k = BUCKETS - 1; k >= 0; k--) {
            above[k] = run;
            run = Math.max(run, bucketMax[k]);
        }
        List<FrontierPoint> candidates = new ArrayList<>();
        scan.candidates(lo, scale, above, candidates);
        return Sweep.exact(candidates);
    }

    /** Monotone in u: a larger bucket means a strictly larger utility. Values outside [lo, hi] are clamped. */
    static int bucket(double u, double lo, double scale) {
        int k = (int) ((u - lo) * scale);
        return Math.min(BUCKETS - 1, Math.max(0, k));
    }

    private static List<FrontierPoint> manyParties(Domain d, List<UtilityFunction> utilities) {
        List<FrontierPoint> front = new ArrayList<>();
        Enumeration.forEach(d, utilities, (rank, u) -> {
            for (FrontierPoint f : front) {
                if (dominates(f.u(), u)) {
                    return;
                }
            }
            front.removeIf(f -> dominates(u, f.u()));
            front.add(new FrontierPoint(u.clone(), rank));
        });
        front.sort((p, q) -> {
            for (int i = 0; i < p.u().length; i++) {
                int c = Double.compare(q.u()[i], p.u()[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Long.compare(p.rank(), q.rank());
        });
        return front;
    }

    static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return false;
            }
            strict |= a[i] > b[i];
        }
        return strict;
    }
}
