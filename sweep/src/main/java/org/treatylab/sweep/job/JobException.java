package org.treatylab.sweep.job;

import org.treatylab.domain.InputException;

/** A job description that cannot be run, with the field at fault named first ("vary[2].distribution.low: ..."). */
public final class JobException extends InputException {
    private static final long serialVersionUID = 1L;

    public JobException(String message) {
        super(message);
    }
}
