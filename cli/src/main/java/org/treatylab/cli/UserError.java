package org.treatylab.cli;

/** A failure to report to the user as one line with a chosen exit code. */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Bad input (exit 2). */
    public static UserError badInput(String message) {
        return new UserError(message, Errors.BAD_INPUT);
    }

    /** A failure of the work (exit 1). */
    public static UserError failed(String message) {
        return new UserError(message, Errors.FAILURE);
    }

    public int exitCode() {
        return exitCode;
    }
}
