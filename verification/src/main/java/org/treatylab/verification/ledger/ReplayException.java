package org.treatylab.verification.ledger;

import org.treatylab.domain.ErrorKind;
import org.treatylab.verification.VerificationException;

/** A write carried a nonce its party already used: a replay. Nothing was written; {@link #original()} is the entry. */
public final class ReplayException extends VerificationException {
    private static final long serialVersionUID = 1L;
    private final long original;

    public ReplayException(org.treatylab.domain.Party party, String nonce, long original) {
        super(ErrorKind.CONFLICT, "replay: nonce '" + nonce + "' of " + party + " was already written in entry "
                + original + "; nothing appended");
        this.original = original;
    }

    /** The first entry of the write that first carried the nonce. */
    public long original() {
        return original;
    }
}
