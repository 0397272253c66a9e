package org.treatylab.negotiation.protocol;

import java.util.Objects;

/** The name of a party in a session, unique within it. */
public record PartyId(String name) {
    public PartyId {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("party name: expected a non-blank name, got '" + name + "'");
        }
    }

    public static PartyId of(String name) {
        return new PartyId(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
