package org.treatylab.app.common;

import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/** An expected failure found by a front door itself (an unknown session, every tournament slot busy, a conflict). */
public final class AppException extends TreatyLabException {
    private static final long serialVersionUID = 1L;

    public AppException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public static AppException badInput(String message) {
        return new AppException(ErrorKind.BAD_INPUT, message);
    }

    public static AppException notFound(String message) {
        return new AppException(ErrorKind.NOT_FOUND, message);
    }

    public static AppException conflict(String message) {
        return new AppException(ErrorKind.CONFLICT, message);
    }

    /** A failure of the work itself (exit 1). */
    public static AppException failed(String message) {
        return new AppException(ErrorKind.FAILURE, message);
    }

    public static AppException forbidden(String message) {
        return new AppException(ErrorKind.FORBIDDEN, message);
    }
}
