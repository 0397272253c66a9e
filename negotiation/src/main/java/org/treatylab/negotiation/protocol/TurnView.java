package org.treatylab.negotiation.protocol;

import java.util.List;
import java.util.Optional;
import org.treatylab.negotiation.model.Outcome;

/** What a party sees at its turn: the public state of the session (never another party's preferences). */
public interface TurnView {
    /** The current round, from 1. */
    int round();

    /** Normalised time in [0, 1]: the share of the rounds or of the time used so far. */
    double time();

    /** The offer every party is asked to accept, if any. */
    Optional<Outcome> offerOnTable();

    /** Who made the offer on the table. */
    Optional<PartyId> offeredBy();

    /** Every move so far, oldest first (a read-only view). */
    List<Turn> history();
}
