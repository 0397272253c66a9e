package org.treatylab.verification.ledger;

import org.treatylab.verification.VerificationException;

/** The ledger does not verify; {@link #seq()} is the first broken entry (the first entry of a broken batch). */
public final class BrokenEntryException extends VerificationException {
    private static final long serialVersionUID = 1L;
    private final long seq;

    public BrokenEntryException(long seq, String message) {
        super(org.treatylab.domain.ErrorKind.CONFLICT, "entry " + seq + ": " + message);
        this.seq = seq;
    }

    public long seq() {
        return seq;
    }
}
