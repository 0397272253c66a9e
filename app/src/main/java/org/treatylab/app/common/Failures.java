package org.treatylab.app.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;
import org.treatylab.negotiation.NegotiationException;

/**
 * What kind of failure an exception is: the one table the edges consult (the CLI's exit-code mapper, the HTTP
 * exception handler). Every engine's expected failures carry a kind; anything else is a programmer error or an
 * environment failure and has none.
 */
public final class Failures {
    private Failures() {
    }

    /** The kind of an expected failure, or empty for anything else (a bug: exit 1, HTTP 500 without detail). */
    public static Optional<ErrorKind> kindOf(Throwable t) {
        if (t instanceof TreatyLabException e) {
            return Optional.of(e.kind());
        }
        if (t instanceof NegotiationException e) {
            return Optional.of(switch (e.kind()) {
                case BAD_INPUT -> ErrorKind.BAD_INPUT;
                case TOO_LARGE -> ErrorKind.TOO_LARGE;
                case FAILURE -> ErrorKind.FAILURE;
            });
        }
        if (t instanceof UncheckedIOException || t instanceof IOException) {
            return Optional.of(ErrorKind.FAILURE);
        }
        return Optional.empty();
    }

    /** The message to show: the exception's own, or its cause's for an I/O failure ("I/O failure: ..."). */
    public static String message(Throwable t) {
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            return "I/O failure: " + t.getCause().getMessage();
        }
        if (t instanceof IOException) {
            return "I/O failure: " + t.getMessage();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
