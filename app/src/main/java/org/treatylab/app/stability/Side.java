package org.treatylab.app.stability;

import java.util.Objects;
import org.treatylab.app.foundation.PostureRef;
import org.treatylab.domain.Party;

/**
 * One side of an exchange or sweep as a request names it: its postures and, when they hold several parties, which.
 *
 * @param party the side's party, or null: side A takes its postures' first party, side B the first other one
 */
public record Side(PostureRef postures, Party party) {
    public Side {
        Objects.requireNonNull(postures, "postures");
    }
}
