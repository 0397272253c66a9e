package org.treatylab.cli.verification;

import java.util.concurrent.Callable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.InputException;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.ledger.WriteRejectedException;

/**
 * Maps the verification engine's failures to the CLI's two kinds: a check that does not hold is a failure of the
 * work (exit 1); a bad value from the user (a malformed item, an impossible notification) is bad input (exit 2).
 */
final class Failures {
    private Failures() {
    }

    /**
     * Runs a command body, translating engine exceptions; {@code checksAreInput} says whether a failed check is the
     * user's (an impossible notification) rather than the work's. A write the store rejects is always the work's.
     */
    static Integer run(boolean checksAreInput, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (InputException | UserError e) {
            throw e;
        } catch (WriteRejectedException e) {
            throw UserError.failed(e.getMessage());
        } catch (VerificationException e) {
            throw checksAreInput ? UserError.badInput(e.getMessage()) : UserError.failed(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
    }
}
