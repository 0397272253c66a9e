package org.treatylab.negotiation.analysis;

import java.util.List;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.Odometer;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * Walks every outcome in rank order with every party's utility, keeping partial sums per issue so that a step costs
 * about one addition per party (plus the non-additive terms). The sums are formed in issue order, exactly as
 * {@link UtilityFunction#utilityOf(int[])} forms them, so both give the same doubles.
 */
final class Enumeration {
    /** Receives each outcome's rank and utilities (the array is reused between calls). */
    interface Visitor {
        void visit(long rank, double[] u);
    }

    private Enumeration() {
    }

    static void forEach(Domain d, List<UtilityFunction> utilities, Visitor visitor) {
        int n = d.issueCount();
        int parties = utilities.size();
        UtilityFunction[] fs = utilities.toArray(new UtilityFunction[0]);
        boolean[] terms = new boolean[parties];
        double[][] prefix = new double[parties][n + 1];
        for (int p = 0; p < parties; p++) {
            terms[p] = !fs[p].isAdditive();
        }
        int[] idx = new int[d.issueCount()];
        double[] u = new double[parties];
        int changed = 0;
        long rank = 0;
        while (changed >= 0) {
            for (int p = 0; p < parties; p++) {
                double[] pre = prefix[p];
                for (int i = changed; i < n; i++) {
                    pre[i + 1] = pre[i] + fs[p].contribution(i, idx[i]);
                }
                u[p] = terms[p] ? pre[n] + fs[p].termsOf(idx) : pre[n];
            }
            visitor.visit(rank++, u);
            changed = Odometer.next(d, idx);
        }
    }
}
