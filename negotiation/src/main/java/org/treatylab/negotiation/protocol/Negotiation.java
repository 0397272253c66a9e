package org.treatylab.negotiation.protocol;

/** Runs sessions to their end. */
public final class Negotiation {
    private Negotiation() {
    }

    /**
     * Runs a session until agreement, deadline, a party's end, a violation or a failure.
     *
     * @throws IllegalStateException when a party is an {@link ExternalAgent} without a move source (drive such a
     *     session step by step with {@link Session})
     */
    public static SessionResult run(SessionSetup setup) {
        Session s = Session.start(setup);
        while (!s.isOver()) {
            if (s.awaitingExternalMove()) {
                throw new IllegalStateException("party " + s.whoseTurn()
                        + " is external without a move source: drive the session step by step");
            }
            s.step();
        }
        return s.result().orElseThrow();
    }
}
