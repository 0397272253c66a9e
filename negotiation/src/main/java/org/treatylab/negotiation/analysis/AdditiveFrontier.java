package org.treatylab.negotiation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * The exact Pareto frontier of two additive utilities without enumerating the outcome space: issue by issue, combine
 * the frontier of the issues so far with the next issue's values and keep only the non-dominated partial sums.
 *
 * <p>Why it is exact: if a partial assignment p' dominates p, then p' followed by any values s of the remaining issues
 * dominates p followed by s, so no Pareto-optimal outcome starts with a dominated partial assignment. To be exact for
 * the doubles that enumeration computes (partial sums are added in the same issue order), intermediate levels prune
 * only robust dominance (better by more than {@value #MARGIN} in some utility, no worse in the other), which floating
 * point addition of the rest cannot undo; the last level is swept exactly, as enumeration is.
 */
final class AdditiveFrontier {
    static final double MARGIN = 1e-12;

    private AdditiveFrontier() {
    }

    /** The most candidate points merged at one issue (about 1 GB of working arrays). */
    static final long MAX_CANDIDATES = 40_000_000L;

    static List<FrontierPoint> compute(UtilityFunction a, UtilityFunction b, int maxPoints) {
        Domain d = a.domain();
        int n = d.issueCount();
        double[] u1 = {0.0};
        double[] u2 = {0.0};
        int[][] parent = new int[n][];
        int[][] value = new int[n][];
        for (int i = 0; i < n; i++) {
            int k = d.issue(i).size();
            long candidates = (long) u1.length * k;
            if (candidates > MAX_CANDIDATES) {
                // Each candidate takes 24 bytes while the issue is merged: refuse cleanly instead of running out of
                // memory (the frontier itself may be far smaller, but we cannot know before merging).
                throw new TooLargeException("Pareto frontier of domain '" + d.name() + "': " + candidates
                        + " candidates at issue '" + d.issue(i).id() + "' (" + u1.length + " frontier points x " + k
                        + " values), more than the " + MAX_CANDIDATES + " we merge in memory");
            }
            int m = (int) candidates;
            double[] c1 = new double[m];
            double[] c2 = new double[m];
            int[] cp = new int[m];
            int[] cv = new int[m];
            int c = 0;
            for (int p = 0; p < u1.length; p++) {
                for (int v = 0; v < k; v++) {
                    c1[c] = u1[p] + a.contribution(i, v);
                    c2[c] = u2[p] + b.contribution(i, v);
                    cp[c] = p;
                    cv[c] = v;
                    c++;
                }
            }
            int[] keep = prune(c1, c2, i == n - 1 ? 0 : MARGIN);
            if (keep.length > maxPoints) {
                throw new TooLargeException("Pareto frontier of domain '" + d.name() + "' has more than " + maxPoints
                        + " points (" + keep.length + " after issue '" + d.issue(i).id() + "'); raise the limit");
            }
            u1 = new double[keep.length];
            u2 = new double[keep.length];
            parent[i] = new int[keep.length];
            value[i] = new int[keep.length];
            for (int j = 0; j < keep.length; j++) {
                u1[j] = c1[keep[j]];
                u2[j] = c2[keep[j]];
                parent[i][j] = cp[keep[j]];
                value[i][j] = cv[keep[j]];
            }
        }
        List<FrontierPoint> out = new ArrayList<>(u1.length);
        int[] idx = new int[n];
        for (int j = 0; j < u1.length; j++) {
            int at = j;
            for (int i = n - 1; i >= 0; i--) {
                idx[i] = value[i][at];
                at = parent[i][at];
            }
            long rank = 0;
            for (int i = 0; i < n; i++) {
                rank = rank * d.issue(i).size() + idx[i];
            }
            out.add(new FrontierPoint(new double[] {u1[j], u2[j]}, rank));
        }
        out.sort(Sweep.ORDER);
        return out;
    }

    /**
     * Positions of the points not dominated with the given margin: q removes p when q1 >= p1, q2 >= p2 and q beats p
     * by more than {@code margin} in one of them. With margin 0 this is exact Pareto dominance.
     */
    static int[] prune(double[] x, double[] y, double margin) {
        int m = x.length;
        int[] order = PairSort.descending(x, y);
        int[] keep = new int[m];
        int kept = 0;
        double prefixMaxY = Double.NEGATIVE_INFINITY;
        int prefixEnd = 0;
        // sliding maximum of y over order[prefixEnd, s): the points with x_p <= x <= x_p + margin sorted before p
        int[] deque = new int[m];
        int head = 0;
        int tail = 0;
        for (int s = 0; s < m; s++) {
            int p = order[s];
            while (prefixEnd < s && x[order[prefixEnd]] > x[p] + margin) {
                prefixMaxY = Math.max(prefixMaxY, y[order[prefixEnd]]);
                if (head < tail && deque[head] == prefixEnd) {
                    head++;
                }
                prefixEnd++;
            }
            double windowMaxY = head < tail ? y[order[deque[head]]] : Double.NEGATIVE_INFINITY;
            if (!(prefixMaxY >= y[p] || windowMaxY > y[p] + margin)) {
                keep[kept++] = p;
            }
            while (head < tail && y[order[deque[tail - 1]]] <= y[p]) {
                tail--;
            }
            deque[tail++] = s;
        }
        return Arrays.copyOf(keep, kept);
    }
}
