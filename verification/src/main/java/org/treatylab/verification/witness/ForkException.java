package org.treatylab.verification.witness;

import org.treatylab.domain.ErrorKind;
import org.treatylab.verification.VerificationException;

/**
 * Two heads signed by one host that cannot both be true of an append-only log: a smaller tree after a larger one
 * (rollback), two roots for one size, or a newer root that is not an extension of the older (fork). Both signed heads
 * are kept: together they prove the host misbehaved, to anyone holding its public key.
 */
public final class ForkException extends VerificationException {
    private static final long serialVersionUID = 1L;
    private final transient SignedLogHead seen;
    private final transient SignedLogHead now;

    ForkException(String message, SignedLogHead seen, SignedLogHead now) {
        super(ErrorKind.CONFLICT, message);
        this.seen = seen;
        this.now = now;
    }

    /** The head seen before, signed. */
    public SignedLogHead seen() {
        return seen;
    }

    /** The head that contradicts it, signed. */
    public SignedLogHead now() {
        return now;
    }
}
