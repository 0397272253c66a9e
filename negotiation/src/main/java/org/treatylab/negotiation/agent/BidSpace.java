package org.treatylab.negotiation.agent;

import java.util.List;
import java.util.random.RandomGenerator;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.RankedOutcomes;
import org.treatylab.negotiation.preference.UtilityFunction;

/**
 * The outcomes an agent can propose, searched by its own utility. Exact (a ranked list shared by every session) for
 * domains up to {@link RankedOutcomes#LIMIT} outcomes, a seeded local search beyond.
 */
interface BidSpace {
    static BidSpace of(UtilityFunction utility, RandomGenerator random) {
        return utility.domain().outcomeCount() <= RankedOutcomes.LIMIT
                ? new RankedBidSpace(utility.ranked())
                : new SearchBidSpace(utility, random);
    }

    /** Highest utility of any outcome (exact when ranked or additive). */
    double maxUtility();

    /** Lowest utility of any outcome (exact when ranked or additive). */
    double minUtility();

    Outcome best();

    /** An outcome with utility >= {@code target} and as close to it as found; the best outcome if none reaches it. */
    Outcome atLeast(double target);

    /** Up to {@code limit} distinct outcomes with utility in [low, high], spread over that band. */
    List<Outcome> between(double low, double high, int limit);
}
