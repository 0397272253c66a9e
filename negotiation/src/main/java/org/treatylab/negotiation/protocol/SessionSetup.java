package org.treatylab.negotiation.protocol;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.treatylab.negotiation.model.Domain;

/**
 * Everything a session needs: the domain, the parties in turn order (the first one opens), the deadline, the clock
 * that measures time deadlines, the seed from which each agent's random generator is derived, and round labels.
 */
public record SessionSetup(Domain domain, List<Participant> participants, Deadline deadline, Clock clock, long seed,
        RoundLabeler labels) {
    public SessionSetup {
        Objects.requireNonNull(domain, "domain");
        participants = List.copyOf(participants);
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(labels, "labels");
        if (participants.size() < 2) {
            throw new IllegalArgumentException("a session needs at least 2 parties, got " + participants.size());
        }
        HashSet<PartyId> ids = new HashSet<>();
        for (Participant p : participants) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("party '" + p.id() + "' appears twice");
            }
            if (!p.profile().domain().equals(domain)) {
                throw new IllegalArgumentException("party '" + p.id() + "': profile '" + p.profile().name()
                        + "' is for domain '" + p.profile().domain().name() + "', the session's is '" + domain.name()
                        + "'");
            }
        }
    }

    /** A setup with the system clock and numbered rounds. */
    public static SessionSetup of(Domain domain, List<Participant> participants, Deadline deadline, long seed) {
        return new SessionSetup(domain, participants, deadline, Clock.systemUTC(), seed, RoundLabeler.NUMBERS);
    }
}
