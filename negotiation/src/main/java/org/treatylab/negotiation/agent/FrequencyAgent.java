package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * HardHeaded-style (van Krimpen, Looije and Hajizadeh 2013, "HardHeaded", in Complex Automated Negotiations, ANAC
 * 2011 winner): a very Boulware time-dependent target (Faratin's curve with e = 0.05) and a {@link FrequencyModel} of
 * the opponent; among its outcomes within {@value ModelledBids#BAND} above the target it offers the one the model
 * rates best for the opponent. Acceptance: AC_next. The constants are chosen here in HardHeaded's spirit, not copied
 * from its code.
 */
final class FrequencyAgent extends BaseAgent {
    private static final double E = 0.05;

    private FrequencyModel model;

    @Override
    public void start(org.treatylab.negotiation.protocol.AgentSetup setup) {
        super.start(setup);
        model = new FrequencyModel(profile.domain());
    }

    @Override
    protected void onOpponentOffer(Outcome offer) {
        model.update(offer);
    }

    @Override
    protected Outcome nextBid(TurnView view) {
        double pmax = bids.maxUtility();
        double pmin = Math.min(pmax, floor());
        double target = pmin + (pmax - pmin) * (1 - Math.pow(view.time(), 1 / E));
        return ModelledBids.pick(bids, utility, model, target);
    }
}
