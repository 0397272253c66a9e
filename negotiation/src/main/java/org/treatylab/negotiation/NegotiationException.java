package org.treatylab.negotiation;

/**
 * The negotiation engine's family of expected failures: bad scenario files and analyses too large to do exactly.
 *
 * <p>Programmer mistakes (a null argument, an outcome of another domain) are {@link IllegalArgumentException}s
 * instead. A protocol violation by an agent is not an exception at all: it ends the session with a recorded reason.
 */
public class NegotiationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NegotiationException(String message) {
        super(message);
    }

    public NegotiationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What kind of failure this is, for the edges to map once (the engine uses nothing outside itself). */
    public enum Kind {
        /** A file or value the user gave cannot be used. */
        BAD_INPUT,
        /** An exact computation above its stated limit. */
        TOO_LARGE,
        /** The work itself failed. */
        FAILURE
    }

    public Kind kind() {
        return Kind.FAILURE;
    }
}
