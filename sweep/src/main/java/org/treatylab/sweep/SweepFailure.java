package org.treatylab.sweep;

/**
 * A sweep that failed while running (an evaluation threw, the output folder could not be written). What it had
 * finished stays in the output folder; the message says how to resume.
 */
public final class SweepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SweepFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public SweepFailure(String message) {
        super(message);
    }
}
