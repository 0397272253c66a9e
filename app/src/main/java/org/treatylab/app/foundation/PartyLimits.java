package org.treatylab.app.foundation;

import java.util.List;
import java.util.Objects;

/** A party's limits, each assessed. */
public record PartyLimits(String party, List<LimitRow> limits) {
    public PartyLimits {
        Objects.requireNonNull(party, "party");
        limits = List.copyOf(limits);
    }
}
