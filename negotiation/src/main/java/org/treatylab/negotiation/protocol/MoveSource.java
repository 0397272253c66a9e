package org.treatylab.negotiation.protocol;

/** Where an {@link ExternalAgent}'s moves come from; may block until a person or a client answers. */
@FunctionalInterface
public interface MoveSource {
    Move next(AgentSetup self, TurnView view);
}
