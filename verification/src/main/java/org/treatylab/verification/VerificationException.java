package org.treatylab.verification;

/**
 * A check of the verification engine failed: a proof, signature, commitment or ledger entry does not hold, or a
 * declaration change is impossible. The message says what was computed and what was expected.
 *
 * <p>The edges turn it into a one-line error (CLI exit code 1); it is an expected outcome, not a programmer error.
 */
public class VerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VerificationException(String message) {
        super(message);
    }

    /** "what: computed X, expected Y". */
    public static VerificationException mismatch(String what, String computed, String expected) {
        return new VerificationException(what + ": computed " + computed + ", expected " + expected);
    }
}
