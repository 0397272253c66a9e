package org.treatylab.app.negotiation;

import java.util.function.Supplier;
import org.treatylab.domain.InputException;

/**
 * Calls into the negotiation engine where it checks what users give it (matching domains, agent names) with
 * {@link IllegalArgumentException}s: those become BAD_INPUT here, once; its own exceptions carry their kinds.
 */
final class Engine {
    private Engine() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }
}
