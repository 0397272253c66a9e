package org.treatylab.sweep;

import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/**
 * A sweep that failed while running (an evaluation threw, the output folder could not be written). What it had
 * finished stays in the output folder; the message says how to resume.
 */
public final class SweepFailure extends TreatyLabException {
    private static final long serialVersionUID = 1L;

    public SweepFailure(String message, Throwable cause) {
        super(ErrorKind.FAILURE, message, cause);
    }

    public SweepFailure(String message) {
        super(ErrorKind.FAILURE, message);
    }
}
