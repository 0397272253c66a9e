package org.treatylab.verification;

import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.TreatyLabException;

/**
 * A check of the verification engine failed: a proof, signature, commitment or ledger entry does not hold
 * ({@link ErrorKind#FAILURE}, the default), or a declaration change is impossible ({@link ErrorKind#BAD_INPUT}). The
 * message says what was computed and what was expected.
 *
 * <p>It is an expected outcome, not a programmer error; the edges map its kind once.
 */
public class VerificationException extends TreatyLabException {
    private static final long serialVersionUID = 1L;

    public VerificationException(String message) {
        super(ErrorKind.FAILURE, message);
    }

    public VerificationException(ErrorKind kind, String message) {
        super(kind, message);
    }

    /** "what: computed X, expected Y". */
    public static VerificationException mismatch(String what, String computed, String expected) {
        return new VerificationException(what + ": computed " + computed + ", expected " + expected);
    }

    /** A value from the user that the regime cannot accept (an impossible declaration change, an unknown facility). */
    public static VerificationException rejected(String message) {
        return new VerificationException(ErrorKind.BAD_INPUT, message);
    }
}
