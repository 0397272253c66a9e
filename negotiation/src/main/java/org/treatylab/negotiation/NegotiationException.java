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
}
