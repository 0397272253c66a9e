package org.treatylab.domain.session;

import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/** A write the kept sessions refuse: an id already taken, or a log entry already written (a stale move). */
public final class SessionConflictException extends TreatyLabException {
    private static final long serialVersionUID = 1L;

    public SessionConflictException(String message) {
        super(ErrorKind.CONFLICT, message);
    }
}
