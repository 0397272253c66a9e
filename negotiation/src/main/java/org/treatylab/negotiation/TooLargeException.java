package org.treatylab.negotiation;

/**
 * An exact computation refused because its input is above a stated limit (outcomes to enumerate, frontier points to
 * list). We never silently analyse a part of the outcome space.
 */
public final class TooLargeException extends NegotiationException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.TOO_LARGE;
    }
}
