package org.treatylab.negotiation.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.TurnView;

/**
 * MiCRO (de Jonge 2022, "An analysis of the linear bilateral ANAC domains using the MiCRO benchmark strategy",
 * IJCAI-22): it walks down its outcomes sorted best first, proposing a new one only when the others have made at
 * least as many distinct offers as it has; otherwise it repeats one of its earlier proposals at random. It accepts an
 * offer at least as good as the lowest outcome it has proposed or is about to propose, and never proposes or accepts
 * below its reservation value. In domains too large to rank it concedes in steps of {@value #STEP} utility instead of
 * one outcome at a time.
 */
final class MicroAgent extends BaseAgent {
    private static final double STEP = 0.005;

    private final List<Outcome> proposed = new ArrayList<>();
    private final Set<Outcome> proposedSet = new HashSet<>();
    private final Set<Outcome> receivedDistinct = new HashSet<>();
    private double lowest = Double.POSITIVE_INFINITY;

    @Override
    protected void onOpponentOffer(Outcome offer) {
        receivedDistinct.add(offer);
    }

    /** The next new outcome in the agent's order, if it may still concede. */
    private Optional<Outcome> nextNew() {
        if (bids instanceof RankedBidSpace r) {
            int m = proposed.size();
            if (m < r.size() && r.utilityAt(m) >= profile.reservation()) {
                return Optional.of(r.outcomeAt(m));
            }
            return Optional.empty();
        }
        if (proposed.isEmpty()) {
            return Optional.of(bids.best());
        }
        double target = lowest - STEP;
        if (target < floor()) {
            return Optional.empty();
        }
        Outcome o = bids.atLeast(target);
        return proposedSet.contains(o) ? Optional.empty() : Optional.of(o);
    }

    @Override
    protected Outcome nextBid(TurnView view) {
        if (proposed.isEmpty() || receivedDistinct.size() >= proposed.size()) {
            Optional<Outcome> fresh = nextNew();
            if (fresh.isPresent()) {
                return fresh.get();
            }
        }
        if (proposed.isEmpty()) {
            return bids.best();
        }
        return proposed.get(setup.random().nextInt(proposed.size()));
    }

    @Override
    public Move move(TurnView view) {
        Outcome next = nextBid(view);
        double threshold = Math.max(profile.reservation(), Math.min(lowest, utility.utility(next)));
        Optional<Outcome> table = view.offerOnTable();
        if (table.isPresent() && !view.offeredBy().orElseThrow().equals(setup.self())
                && utility.utility(table.get()) >= threshold) {
            return new Accept(table.get());
        }
        if (proposedSet.add(next)) {
            proposed.add(next);
            lowest = Math.min(lowest, utility.utility(next));
        }
        return new Offer(next);
    }
}
