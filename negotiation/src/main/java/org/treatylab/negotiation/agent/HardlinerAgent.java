package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * Never concedes: always offers its best outcome and accepts only an offer as good (the e -&gt; 0 limit of Faratin et
 * al.'s time-dependent tactics; GENIUS ships it as "Hardliner").
 */
final class HardlinerAgent extends BaseAgent {
    private Outcome best;

    @Override
    protected Outcome nextBid(TurnView view) {
        if (best == null) {
            best = bids.best();
        }
        return best;
    }
}
