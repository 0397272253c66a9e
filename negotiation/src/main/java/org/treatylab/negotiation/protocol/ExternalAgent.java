package org.treatylab.negotiation.protocol;

import java.util.Optional;

/**
 * A party whose moves come from outside the engine: a person at a console, a client over HTTP. Either give it a
 * blocking {@link MoveSource} (then sessions run to the end as usual), or none and feed each move with
 * {@link Session#submit(Move)} when {@link Session#awaitingExternalMove()} says so.
 */
public final class ExternalAgent implements Agent {
    private final MoveSource source;
    private AgentSetup setup;

    /** Moves are submitted to the session. */
    public ExternalAgent() {
        this(null);
    }

    /** Moves are asked from {@code source} at each turn. */
    public ExternalAgent(MoveSource source) {
        this.source = source;
    }

    public boolean hasSource() {
        return source != null;
    }

    /** The party's setup (its own profile among others), once the session started. */
    public Optional<AgentSetup> setup() {
        return Optional.ofNullable(setup);
    }

    @Override
    public void start(AgentSetup setup) {
        this.setup = setup;
    }

    @Override
    public Move move(TurnView view) {
        if (source == null) {
            throw new IllegalStateException("external party " + setup.self() + " has no move source");
        }
        return source.next(setup, view);
    }
}
