package org.treatylab.negotiation.preference;

import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;

/**
 * Every outcome of a domain sorted by one utility function, best first (ties in rank order). Built once per utility
 * function and shared by every session that uses it: this is what a GENIUS session rebuilds at each start.
 */
public final class RankedOutcomes {
    /** Most outcomes we rank (16 bytes each); larger domains use searching bid finders instead. */
    public static final long LIMIT = 4_000_000;

    private final Domain domain;
    private final int[] ranks;
    private final double[] utilities;

    private RankedOutcomes(Domain domain, int[] ranks, double[] utilities) {
        this.domain = domain;
        this.ranks = ranks;
        this.utilities = utilities;
    }

    static RankedOutcomes build(UtilityFunction u) {
        Domain d = u.domain();
        long count = d.outcomeCount();
        if (count > LIMIT) {
            throw new TooLargeException("domain '" + d.name() + "' has " + count
                    + " outcomes, more than the " + LIMIT + " we rank in memory");
        }
        int n = (int) count;
        double[] util = new double[n];
        int[] idx = new int[d.issueCount()];
        for (int r = 0; r < n; r++) {
            util[r] = u.utilityOf(idx);
            Odometer.next(d, idx);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IndexSort.byDescending(order, util);
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = util[order[i]];
        }
        return new RankedOutcomes(d, order, sorted);
    }

    public Domain domain() {
        return domain;
    }

    public int size() {
        return ranks.length;
    }

    /** Utility of the outcome at {@code position} (0 = best). */
    public double utility(int position) {
        return utilities[position];
    }

    public Outcome outcome(int position) {
        return domain.outcomeAt(ranks[position]);
    }

    /** Number of outcomes with utility >= {@code target}. */
    public int countAtLeast(double target) {
        int lo = 0;
        int hi = utilities.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utilities[mid] >= target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Position of the outcome with the lowest utility that is still >= {@code target}; the best outcome when none
     * reaches it.
     */
    public int lowestAtLeast(double target) {
        int n = countAtLeast(target);
        if (n == 0) {
            return 0;
        }
        double u = utilities[n - 1];
        // among equal utilities, the first in rank order
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utilities[mid] > u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
