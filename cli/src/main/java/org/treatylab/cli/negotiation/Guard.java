package org.treatylab.cli.negotiation;

import java.util.concurrent.Callable;
import org.treatylab.cli.UserError;
import org.treatylab.negotiation.ScenarioFormatException;
import org.treatylab.negotiation.TooLargeException;

/**
 * Maps the negotiation engine's failures to the CLI's: a bad scenario file or argument is bad input (exit 2), an
 * analysis above its limits a failure of the work (exit 1).
 */
final class Guard {
    private Guard() {
    }

    static int run(Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (ScenarioFormatException e) {
            throw UserError.badInput(e.getMessage());
        } catch (TooLargeException e) {
            throw UserError.failed(e.getMessage());
        } catch (IllegalArgumentException e) {
            // the engine validates what users give it (agent names, matching domains) with these
            throw UserError.badInput(e.getMessage());
        }
    }
}
