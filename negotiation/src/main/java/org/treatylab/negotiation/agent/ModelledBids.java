package org.treatylab.negotiation.agent;

import java.util.List;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.UtilityFunction;

/** Picks, among the outcomes just above a target, the one the opponent model likes best. */
final class ModelledBids {
    /** Width of the band of own utility searched above the target. */
    static final double BAND = 0.05;
    private static final int CANDIDATES = 200;

    private ModelledBids() {
    }

    static Outcome pick(BidSpace bids, UtilityFunction own, FrequencyModel model, double target) {
        return pick(bids, own, model, target, BAND);
    }

    /** The same with a band of own utility {@code band} wide above the target. */
    static Outcome pick(BidSpace bids, UtilityFunction own, FrequencyModel model, double target, double width) {
        Outcome fallback = bids.atLeast(target);
        if (model.isEmpty()) {
            return fallback;
        }
        List<Outcome> band = bids.between(target, Math.min(bids.maxUtility(), target + width), CANDIDATES);
        Outcome best = fallback;
        double bestEstimate = model.estimate(fallback);
        double bestOwn = own.utility(fallback);
        for (Outcome o : band) {
            double e = model.estimate(o);
            double u = own.utility(o);
            if (e > bestEstimate || e == bestEstimate && u > bestOwn) {
                best = o;
                bestEstimate = e;
                bestOwn = u;
            }
        }
        return best;
    }
}
