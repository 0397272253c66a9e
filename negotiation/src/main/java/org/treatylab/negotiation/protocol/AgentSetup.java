package org.treatylab.negotiation.protocol;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.treatylab.negotiation.preference.Profile;

/** What an agent is told at the start: who it is, who else takes part, its own profile, the deadline, a seeded RNG. */
public record AgentSetup(PartyId self, List<PartyId> parties, Profile profile, Deadline deadline,
        RandomGenerator random) {
    public AgentSetup {
        Objects.requireNonNull(self, "self");
        parties = List.copyOf(parties);
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(random, "random");
    }
}
