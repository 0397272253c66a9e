package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * Faratin, Sierra and Jennings (1998), "Negotiation decision functions for autonomous agents", time-dependent
 * tactics in utility space: at normalised time t the agent asks for
 * target(t) = Pmin + (Pmax - Pmin) (1 - t^(1/e)), with Pmax its best utility and Pmin max(reservation, worst
 * utility), and offers the outcome whose utility is the lowest still >= target. e &lt; 1 is Boulware (holds out, then
 * concedes late), e = 1 linear, e &gt; 1 Conceder. Acceptance: AC_next.
 */
final class TimeDependentAgent extends BaseAgent {
    private final double e;

    TimeDependentAgent(double e) {
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
    protected Outcome nextBid(TurnView view) {
        return bids.atLeast(target(view.time()));
    }
}
