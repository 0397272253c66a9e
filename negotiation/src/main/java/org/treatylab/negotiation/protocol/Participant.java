package org.treatylab.negotiation.protocol;

import java.util.Objects;
import org.treatylab.negotiation.preference.Profile;

/** A party of a session: its name, its preferences and the agent that moves for it. */
public record Participant(PartyId id, Profile profile, Agent agent) {
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(agent, "agent");
    }
}
