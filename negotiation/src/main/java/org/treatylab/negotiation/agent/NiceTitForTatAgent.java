package org.treatylab.negotiation.agent;

import java.util.List;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.AgentSetup;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * Nice tit for tat after Baarslag, Hindriks and Jonker (2013), "A tit for tat negotiation strategy for real-time
 * bilateral negotiations": it reciprocates the opponent's concession towards the Nash point. With a
 * {@link FrequencyModel} (the paper uses a Bayesian model) it estimates the Nash outcome N (maximum of
 * (u - reservation) * estimated opponent utility among its candidate outcomes) and the share c in [0, 1] of the way
 * from the opponent's first offer to N the opponent has come, in the opponent's estimated utility; it then asks for
 * Pmax - c (Pmax - u(N)), offering the outcome in that band the opponent likes best. "Nice": it never retaliates,
 * and near the deadline (t >= 0.98) it accepts any offer as good as the best it has received. Otherwise AC_next.
 */
final class NiceTitForTatAgent extends BaseAgent {
    private static final int CANDIDATES = 400;
    private static final double ENDGAME = 0.98;

    private FrequencyModel model;
    private double bestReceived = Double.NEGATIVE_INFINITY;

    @Override
    public void start(AgentSetup setup) {
        super.start(setup);
        model = new FrequencyModel(profile.domain());
    }

    @Override
    protected void onOpponentOffer(Outcome offer) {
        model.update(offer);
        bestReceived = Math.max(bestReceived, utility.utility(offer));
    }

    @Override
    protected Outcome nextBid(TurnView view) {
        double pmax = bids.maxUtility();
        if (received.isEmpty()) {
            return bids.best();
        }
        Outcome nash = estimatedNash();
        double first = model.estimate(received.get(0));
        double last = model.estimate(received.get(received.size() - 1));
        double nashForThem = model.estimate(nash);
        double c = first - nashForThem <= 1e-12 ? 1 : (first - last) / (first - nashForThem);
        c = Math.max(0, Math.min(1, c));
        double target = Math.max(floor(), pmax - c * (pmax - utility.utility(nash)));
        return ModelledBids.pick(bids, utility, model, Math.min(target, pmax));
    }

    private Outcome estimatedNash() {
        List<Outcome> candidates = bids.between(floor(), bids.maxUtility(), CANDIDATES);
        Outcome best = bids.best();
        double bestProduct = -1;
        for (Outcome o : candidates) {
            double p = (utility.utility(o) - profile.reservation()) * model.estimate(o);
            if (p > bestProduct) {
                bestProduct = p;
                best = o;
            }
        }
        return best;
    }

    @Override
    protected boolean accepts(TurnView view, Outcome offer, Outcome next) {
        if (super.accepts(view, offer, next)) {
            return true;
        }
        double u = utility.utility(offer);
        if (view.time() < ENDGAME || u < profile.reservation()) {
            return false;
        }
        return u >= bestReceived;
    }
}
