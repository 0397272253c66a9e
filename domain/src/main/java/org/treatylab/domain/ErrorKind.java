package org.treatylab.domain;

/**
 * What kind of expected failure an exception reports, so that each edge maps it once: the CLI to an exit code, the
 * HTTP API to a status code.
 *
 * <p>Programmer mistakes are not kinded: they stay {@link IllegalArgumentException}s and {@link IllegalStateException}s
 * (exit 1, HTTP 500 without detail).
 */
public enum ErrorKind {
    /** A malformed file, argument or field: exit 2, HTTP 400. */
    BAD_INPUT(2, 400, "bad request"),
    /** A name that refers to nothing (a shipped posture, a treaty id, a session): exit 2, HTTP 404. */
    NOT_FOUND(2, 404, "not found"),
    /** The request is well formed but the state does not allow it (a stale head, a finished session): exit 1, 409. */
    CONFLICT(1, 409, "conflict"),
    /** The caller may not do this (a party inspecting itself): exit 2, HTTP 403. */
    FORBIDDEN(2, 403, "forbidden"),
    /** Above a stated limit of an exact computation: exit 1, HTTP 422. */
    TOO_LARGE(1, 422, "too large"),
    /** Every slot for this kind of work is taken; try later: exit 1, HTTP 429. */
    BUSY(1, 429, "too many requests"),
    /** Something the work needs is missing on this machine (a party's key): exit 1, HTTP 503. */
    UNAVAILABLE(1, 503, "unavailable"),
    /** The work itself failed (a proof or a ledger that does not verify): exit 1, HTTP 500 with the reason. */
    FAILURE(1, 500, "failed");

    private final int exitCode;
    private final int httpStatus;
    private final String label;

    ErrorKind(int exitCode, int httpStatus, String label) {
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
        this.label = label;
    }

    /** The CLI's exit code: 2 for the user's input, 1 for the work. */
    public int exitCode() {
        return exitCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code error} field of the HTTP API's JSON error. */
    public String label() {
        return label;
    }
}
