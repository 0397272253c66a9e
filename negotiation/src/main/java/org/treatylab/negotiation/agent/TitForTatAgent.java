package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * Tit for tat in the agent's own utility: starting from its best outcome, it lowers its target by exactly the
 * concession the others made in their last offer, as measured by its own utility (Faratin, Sierra and Jennings 1998,
 * behaviour-dependent "absolute tit-for-tat" with delta = 1; see Baarslag, Hindriks and Jonker 2013 for the
 * tit-for-tat family in automated negotiation). It never goes below its reservation value and does not concede to
 * an opponent that does not. Acceptance: AC_next.
 */
final class TitForTatAgent extends BaseAgent {
    private double target = Double.NaN;
    private int seen;

    @Override
    protected Outcome nextBid(TurnView view) {
        if (Double.isNaN(target)) {
            target = bids.maxUtility();
        }
        while (seen < received.size()) {
            if (seen >= 1) {
                double gain = utility.utility(received.get(seen)) - utility.utility(received.get(seen - 1));
                if (gain > 0) {
                    target = Math.max(Math.min(floor(), bids.maxUtility()), target - gain);
                }
            }
            seen++;
        }
        return bids.atLeast(target);
    }
}
