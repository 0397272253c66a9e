package org.treatylab.domain;

import java.util.Objects;

/**
 * An expected failure with its {@link ErrorKind}: the base of every engine's family of expected failures
 * ({@link InputException}, the verification engine's, the application layer's). The message is for users: one line
 * naming what was wrong.
 */
public class TreatyLabException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorKind kind;

    public TreatyLabException(ErrorKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public TreatyLabException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ErrorKind kind() {
        return kind;
    }
}
