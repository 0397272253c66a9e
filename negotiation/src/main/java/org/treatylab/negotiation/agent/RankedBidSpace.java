package org.treatylab.negotiation.agent;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.RankedOutcomes;

/** Exact bid search over a ranked outcome list (binary searches, no per-session enumeration). */
final class RankedBidSpace implements BidSpace {
    private final RankedOutcomes ranked;

    RankedBidSpace(RankedOutcomes ranked) {
        this.ranked = ranked;
    }

    @Override
    public double maxUtility() {
        return ranked.utility(0);
    }

    @Override
    public double minUtility() {
        return ranked.utility(ranked.size() - 1);
    }

    @Override
    public Outcome best() {
        return ranked.outcome(0);
    }

    @Override
    public Outcome atLeast(double target) {
        return ranked.outcome(ranked.lowestAtLeast(target));
    }

    @Override
    public List<Outcome> between(double low, double high, int limit) {
        int from = ranked.countAtLeast(Math.nextUp(high));
        int to = ranked.countAtLeast(low);
        List<Outcome> out = new ArrayList<>();
        int n = to - from;
        if (n <= 0 || limit <= 0) {
            return out;
        }
        if (n <= limit) {
            for (int p = from; p < to; p++) {
                out.add(ranked.outcome(p));
            }
            return out;
        }
        for (int k = 0; k < limit; k++) {
            out.add(ranked.outcome(from + (int) ((long) k * n / limit)));
        }
        return out;
    }

    /** Utility of the outcome at {@code position} of the ranking; for agents that walk the list (MiCRO). */
    double utilityAt(int position) {
        return ranked.utility(position);
    }

    Outcome outcomeAt(int position) {
        return ranked.outcome(position);
    }

    int size() {
        return ranked.size();
    }
}
