package org.treatylab.negotiation.protocol;

/** Why a session ended. */
public enum EndReason {
    /** Every other party accepted the offer on the table. */
    AGREEMENT,
    /** The rounds or the time ran out. */
    DEADLINE,
    /** A party chose {@link EndNegotiation}. */
    ENDED_BY_PARTY,
    /** A party made a move the protocol forbids (accepting nothing, accepting a stale offer, a foreign outcome...). */
    PROTOCOL_VIOLATION,
    /** A party's agent threw an exception. */
    AGENT_FAILURE
}
