package org.treatylab.negotiation.agent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * Bid search for domains too large to rank: greedy single-issue moves from the best outcome down towards a target.
 * Exact for the best and worst outcomes of additive utilities; a heuristic otherwise (an agent may propose an outcome
 * a little above its target where a closer one exists).
 */
final class SearchBidSpace implements BidSpace {
    private static final int RESTARTS = 16;

    private final UtilityFunction utility;
    private final Domain domain;
    private final RandomGenerator random;
    private final int[] best;
    private final double max;
    private final double min;

    SearchBidSpace(UtilityFunction utility, RandomGenerator random) {
        this.utility = utility;
        this.domain = utility.domain();
        this.random = random;
        this.best = extreme(true);
        this.max = utility.utilityOf(best);
        this.min = utility.utilityOf(extreme(false));
    }

    /** Per-issue arg max (min) of the additive part, then hill-climbing for the terms. */
    private int[] extreme(boolean highest) {
        int[] idx = new int[domain.issueCount()];
        for (int i = 0; i < idx.length; i++) {
            for (int v = 1; v < domain.issue(i).size(); v++) {
                double c = utility.contribution(i, v);
                double b = utility.contribution(i, idx[i]);
                if (highest ? c > b : c < b) {
                    idx[i] = v;
                }
            }
        }
        if (!utility.isAdditive()) {
            climb(idx, highest);
        }
        return idx;
    }

    private void climb(int[] idx, boolean up) {
        double u = utility.utilityOf(idx);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < idx.length; i++) {
                int keep = idx[i];
                for (int v = 0; v < domain.issue(i).size(); v++) {
                    idx[i] = v;
                    double w = utility.utilityOf(idx);
                    if (up ? w > u : w < u) {
                        u = w;
                        keep = v;
                        improved = true;
                    }
                }
                idx[i] = keep;
            }
        }
    }

    @Override
    public double maxUtility() {
        return max;
    }

    @Override
    public double minUtility() {
        return min;
    }

    @Override
    public Outcome best() {
        return domain.outcome(best);
    }

    @Override
    public Outcome atLeast(double target) {
        return domain.outcome(descend(target, false));
    }

    /** From the best outcome, single-issue changes that lower the utility but keep it >= target. */
    private int[] descend(double target, boolean randomly) {
        int[] idx = best.clone();
        double u = max;
        while (true) {
            int bestIssue = -1;
            int bestValue = -1;
            double bestU = u;
            int seen = 0;
            for (int i = 0; i < idx.length; i++) {
                int keep = idx[i];
                for (int v = 0; v < domain.issue(i).size(); v++) {
                    if (v == keep) {
                        continue;
                    }
                    idx[i] = v;
                    double w = utility.utilityOf(idx);
                    if (w >= target && w < u) {
                        seen++;
                        boolean take = randomly ? random.nextInt(seen) == 0 : w < bestU;
                        if (take) {
                            bestIssue = i;
                            bestValue = v;
                            bestU = w;
                        }
                    }
                }
                idx[i] = keep;
            }
            if (bestIssue < 0) {
                return idx;
            }
            idx[bestIssue] = bestValue;
            u = bestU;
        }
    }

    @Override
    public List<Outcome> between(double low, double high, int limit) {
        Set<Outcome> out = new LinkedHashSet<>();
        for (int k = 0; k < limit * RESTARTS && out.size() < limit; k++) {
            double target = low + (high - low) * random.nextDouble();
            int[] idx = descend(target, true);
            double u = utility.utilityOf(idx);
            if (u >= low && u <= high) {
                out.add(domain.outcome(idx));
            }
        }
        return new ArrayList<>(out);
    }
}
