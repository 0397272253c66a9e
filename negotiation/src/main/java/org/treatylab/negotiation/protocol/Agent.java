package org.treatylab.negotiation.protocol;

/**
 * A negotiation strategy. The session calls {@link #start} once, then {@link #move} at each of the party's turns and
 * {@link #observe} after every accepted move of any party. An agent must be used in one session only.
 *
 * <p>An agent may throw: the session records the failure and ends; the engine carries on.
 */
public interface Agent {
    /** Receives the party's own preferences and the session's rules. */
    void start(AgentSetup setup);

    /** The party's move at its turn. */
    Move move(TurnView view);

    /** A move some party made (the agent's own included), after the protocol accepted it. */
    default void observe(Turn turn) {
    }
}
