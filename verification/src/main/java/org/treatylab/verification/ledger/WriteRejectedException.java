package org.treatylab.verification.ledger;

import org.treatylab.verification.VerificationException;

/** The store refused a batch (bad signature, wrong party, stale head); nothing was written. */
public final class WriteRejectedException extends VerificationException {
    private static final long serialVersionUID = 1L;

    public WriteRejectedException(String message) {
        super(org.treatylab.domain.ErrorKind.CONFLICT, message);
    }
}
