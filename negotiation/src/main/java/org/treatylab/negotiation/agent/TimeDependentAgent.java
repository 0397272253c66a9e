package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * Faratin, Sierra and Jennings (1998), "Negotiation decision functions for autonomous agents", time-dependent
 * tactics in utility space: at normalised time t the agent asks for
 * target(t) = Pmin + (Pmax - Pmin) (1 - t^(1/e)), with Pmax its best utility and Pmin max(reservation, worst
 * utility), and offers the outcome whose utility is the lowest still >= target. e &lt; 1 is Boulware (holds out, then
 * concedes late), e = 1 linear, e &gt; 1 Conceder. Acceptance: AC_next.
 *
 * <p>Opponent-aware offers (an option): among the outcomes whose own utility lies within {@link #NEAR} above the
 * target, offer the one a {@link FrequencyModel} of the opponent's offers rates best (ties: the better for itself),
 * as the {@code frequency} agent does; without the option the agent offers the lowest outcome still above its target,
 * whichever that is in the order of its ranking.
 */
final class TimeDependentAgent extends BaseAgent {
    /** Width of "near-equal own utility" for opponent-aware offers: 0.02 of the utility scale (a choice made here). */
    static final double NEAR = 0.02;

    private final double e;
    private final boolean opponentAware;
    private FrequencyModel model;

    TimeDependentAgent(double e) {
        this(e, false);
    }

    TimeDependentAgent(double e, boolean opponentAware) {
        this.opponentAware = opponentAware;
        if (!(e > 0) || !Double.isFinite(e)) {
            throw new IllegalArgumentException("concession exponent e: expected a positive number, got " + e);
        }
        this.e = e;
    }

    double target(double t) {
        double pmax = bids.maxUtility();
        double pmin = Math.min(pmax, floor());
        return pmin + (pmax - pmin) * (1 - Math.pow(t, 1 / e));
    }

    @Override
    public void start(org.treatylab.negotiation.protocol.AgentSetup setup) {
        super.start(setup);
        model = opponentAware ? new FrequencyModel(profile.domain()) : null;
    }

    @Override
    protected void onOpponentOffer(Outcome offer) {
        if (model != null) {
            model.update(offer);
        }
    }

    @Override
    protected Outcome nextBid(TurnView view) {
        double target = target(view.time());
        return model == null ? bids.atLeast(target) : ModelledBids.pick(bids, utility, model, target, NEAR);
    }

    boolean opponentAware() {
        return opponentAware;
    }
}
