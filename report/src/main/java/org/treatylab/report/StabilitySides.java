package org.treatylab.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.stability.Stability;
import org.treatylab.stability.force.Force;

/**
 * The two sides of an exchange or sweep, picked from posture files the same way by the CLI and the HTTP API.
 *
 * <p>A file may hold both parties (the shipped {@code us-russia-2009} does): side A takes the party asked for, else
 * its file's first party; side B takes the party asked for, else the first party of its file that is not side A's.
 */
public record StabilitySides(Force a, Force b) {

    public StabilitySides {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /**
     * Picks and resolves both sides.
     *
     * @param sourceA how the user named side A's postures (a file, a shipped name), for messages
     * @param partyA side A's party, or null for the first in its postures
     * @param date pick the postures in effect on this date, or null when each party has one
     * @throws InputException when a party has no postures, or several dates and no date is given
     */
    public static StabilitySides pick(List<Posture> postureA, String sourceA, Party partyA, List<Posture> postureB,
            String sourceB, Party partyB, LocalDate date) {
        if (postureA.isEmpty() || postureB.isEmpty()) {
            throw new InputException((postureA.isEmpty() ? sourceA : sourceB) + ": no posture rows");
        }
        Party pa = partyA != null ? partyA : postureA.get(0).party();
        Party pb = partyB != null ? partyB : postureB.stream().map(Posture::party).filter(p -> !p.equals(pa))
                .findFirst().orElse(postureB.get(0).party());
        return new StabilitySides(Stability.force(inEffect(postureA, pa, date, sourceA)),
                Stability.force(inEffect(postureB, pb, date, sourceB)));
    }

    /** Both forces, for the varargs of the views. */
    public Force[] both() {
        return new Force[] {a, b};
    }

    private static Posture inEffect(List<Posture> all, Party party, LocalDate date, String source) {
        return org.treatylab.domain.forces.Postures.inEffect(all, party, date, source);
    }
}
