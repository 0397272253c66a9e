package org.treatylab.domain.counting;

import java.util.Objects;

/** Something a rule set counts and a limit can cap, e.g. {@code accountable-warheads}. */
public record Quantity(String id, String description) {
    public Quantity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }
}
