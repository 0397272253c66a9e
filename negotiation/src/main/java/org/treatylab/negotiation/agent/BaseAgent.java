package org.treatylab.negotiation.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.AgentSetup;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Turn;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * What the named agents share: the party's own utility and bid space, the offers received from the others, and the
 * acceptance condition AC_next (Baarslag, Hindriks and Jonker 2014, "Effective acceptance conditions in real-time
 * automated negotiation"): accept an offer at least as good as the bid about to be made, and never below the
 * reservation value.
 */
abstract class BaseAgent implements Agent {
    protected AgentSetup setup;
    protected Profile profile;
    protected UtilityFunction utility;
    protected BidSpace bids;
    /** Offers by the other parties, oldest first. */
    protected final List<Outcome> received = new ArrayList<>();

    @Override
    public void start(AgentSetup setup) {
        this.setup = setup;
        this.profile = setup.profile();
        this.utility = profile.utility();
        this.bids = BidSpace.of(utility, setup.random());
    }

    @Override
    public void observe(Turn turn) {
        if (!turn.party().equals(setup.self()) && turn.move() instanceof Offer o) {
            received.add(o.outcome());
            onOpponentOffer(o.outcome());
        }
    }

    /** Hook for agents that model the others. */
    protected void onOpponentOffer(Outcome offer) {
    }

    /** The bid the agent would make now. */
    protected abstract Outcome nextBid(TurnView view);

    /** Whether to accept {@code offer} given the bid the agent would make instead. */
    protected boolean accepts(TurnView view, Outcome offer, Outcome next) {
        double u = utility.utility(offer);
        return u >= profile.reservation() && u >= utility.utility(next);
    }

    @Override
    public Move move(TurnView view) {
        Outcome next = nextBid(view);
        Optional<Outcome> table = view.offerOnTable();
        if (table.isPresent() && !view.offeredBy().orElseThrow().equals(setup.self())
                && accepts(view, table.get(), next)) {
            return new Accept(table.get());
        }
        return new Offer(next);
    }

    /** Lowest utility the agent will ever ask for: its reservation value, or the worst outcome if higher. */
    protected double floor() {
        return Math.max(profile.reservation(), bids.minUtility());
    }
}
