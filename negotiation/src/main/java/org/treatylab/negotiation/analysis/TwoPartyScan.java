package org.treatylab.negotiation.analysis;

import java.util.List;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Odometer;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * The passes of the two-party enumeration, written as plain loops (no callbacks) because they run 10^7 times: the
 * outer loop steps through every assignment of all issues but the last, keeping partial sums per issue; the inner
 * loop adds the last issue's values. Sums are formed in issue order, as {@link UtilityFunction#utilityOf(int[])}
 * forms them, so both give the same doubles.
 */
final class TwoPartyScan {
    private final Domain d;
    private final UtilityFunction f1;
    private final UtilityFunction f2;
    private final int n;
    private final int lastSize;
    private final double[] last1;
    private final double[] last2;
    private final boolean terms;
    private final double[] terms1;
    private final double[] terms2;

    TwoPartyScan(Domain d, UtilityFunction f1, UtilityFunction f2) {
        this.d = d;
        this.f1 = f1;
        this.f2 = f2;
        this.n = d.issueCount();
        this.lastSize = d.issue(n - 1).size();
        this.last1 = new double[lastSize];
        this.last2 = new double[lastSize];
        for (int v = 0; v < lastSize; v++) {
            last1[v] = f1.contribution(n - 1, v);
            last2[v] = f2.contribution(n - 1, v);
        }
        this.terms = !f1.isAdditive() || !f2.isAdditive();
        this.terms1 = new double[lastSize];
        this.terms2 = new double[lastSize];
    }

    /** Below party 1's lowest utility (additive minimum plus every negative term); only bucketing relies on it. */
    double lowerBound() {
        return bound(false);
    }

    double upperBound() {
        return bound(true);
    }

    private double bound(boolean upper) {
        double b = 0;
        for (int i = 0; i < n; i++) {
            double e = f1.contribution(i, 0);
            for (int v = 1; v < d.issue(i).size(); v++) {
                double c = f1.contribution(i, v);
                e = upper ? Math.max(e, c) : Math.min(e, c);
            }
            b += e;
        }
        for (var r : f1.rectangles()) {
            b += upper ? Math.max(0, r.utility()) : Math.min(0, r.utility());
        }
        for (var p : f1.pairs()) {
            b += upper ? Math.max(0, p.utility()) : Math.min(0, p.utility());
        }
        return b;
    }

    void bucketMaxima(double lo, double scale, double[] bucketMax) {
        int[] idx = new int[n];
        double[] pre1 = new double[n];
        double[] pre2 = new double[n];
        int changed = 0;
        while (changed >= 0) {
            prefix(idx, pre1, pre2, changed);
            if (terms) {
                f1.termsOverLastIssue(idx, terms1);
                f2.termsOverLastIssue(idx, terms2);
            }
            double p1 = pre1[n - 1];
            double p2 = pre2[n - 1];
            for (int v = 0; v < lastSize; v++) {
                double u1 = p1 + last1[v];
                double u2 = p2 + last2[v];
                if (terms) {
                    u1 += terms1[v];
                    u2 += terms2[v];
                }
                int k = EnumeratedFrontier.bucket(u1, lo, scale);
                if (u2 > bucketMax[k]) {
                    bucketMax[k] = u2;
                }
            }
            changed = advance(idx);
        }
    }

    void candidates(double lo, double scale, double[] above, List<FrontierPoint> out) {
        int[] idx = new int[n];
        double[] pre1 = new double[n];
        double[] pre2 = new double[n];
        int changed = 0;
        long rank = 0;
        while (changed >= 0) {
            prefix(idx, pre1, pre2, changed);
            if (terms) {
                f1.termsOverLastIssue(idx, terms1);
                f2.termsOverLastIssue(idx, terms2);
            }
            double p1 = pre1[n - 1];
            double p2 = pre2[n - 1];
            for (int v = 0; v < lastSize; v++, rank++) {
                double u1 = p1 + last1[v];
                double u2 = p2 + last2[v];
                if (terms) {
                    u1 += terms1[v];
                    u2 += terms2[v];
                }
                if (u2 > above[EnumeratedFrontier.bucket(u1, lo, scale)]) {
                    out.add(new FrontierPoint(new double[] {u1, u2}, rank));
                }
            }
            changed = advance(idx);
        }
    }

    /** pre[i] = the sums over issues 0..i-1 (pre[0] = 0), recomputed from issue {@code from} on. */
    private void prefix(int[] idx, double[] pre1, double[] pre2, int from) {
        for (int i = Math.max(1, from + 1); i < n; i++) {
            pre1[i] = pre1[i - 1] + f1.contribution(i - 1, idx[i - 1]);
            pre2[i] = pre2[i - 1] + f2.contribution(i - 1, idx[i - 1]);
        }
    }

    /** Next assignment of the issues before the last; the lowest changed position, or -1 when done. */
    private int advance(int[] idx) {
        idx[n - 1] = lastSize - 1;
        int changed = Odometer.next(d, idx);
        if (changed == n - 1) {
            throw new IllegalStateException("unreachable: the last issue wrapped without carrying");
        }
        return changed;
    }
}
