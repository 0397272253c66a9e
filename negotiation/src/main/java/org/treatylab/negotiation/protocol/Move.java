package org.treatylab.negotiation.protocol;

/** What a party does at its turn: propose an outcome, accept the one on the table, or walk away. */
public sealed interface Move permits Offer, Accept, EndNegotiation {
    /** A short name for traces: "offer", "accept" or "end". */
    String kind();
}
