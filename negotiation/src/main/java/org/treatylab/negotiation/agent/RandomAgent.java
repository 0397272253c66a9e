package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * A baseline: offers a uniformly random outcome worth at least its reservation value (up to 64 draws, else its best
 * outcome) and accepts an offer at least as good as that draw (GENIUS's RandomParty in spirit). Seeded by the session.
 */
final class RandomAgent extends BaseAgent {
    private static final int DRAWS = 64;

    @Override
    protected Outcome nextBid(TurnView view) {
        Domain d = profile.domain();
        int[] idx = new int[d.issueCount()];
        for (int k = 0; k < DRAWS; k++) {
            for (int i = 0; i < idx.length; i++) {
                idx[i] = setup.random().nextInt(d.issue(i).size());
            }
            if (utility.utilityOf(idx) >= profile.reservation()) {
                return d.outcome(idx);
            }
        }
        return bids.best();
    }
}
