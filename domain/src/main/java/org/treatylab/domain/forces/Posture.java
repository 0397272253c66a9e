package org.treatylab.domain.forces;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.treatylab.domain.Party;

/**
 * A party's strategic forces on a date: its rows in the order they were listed (order matters to START I's
 * bomber discount).
 *
 * @param asOf the date the counts describe, or null when undated
 */
public record Posture(Party party, LocalDate asOf, List<PostureRow> rows) {

    public Posture {
        Objects.requireNonNull(party, "party");
        rows = List.copyOf(rows);
        Set<String> seen = new HashSet<>();
        for (PostureRow r : rows) {
            if (!r.party().equals(party)) {
                throw new IllegalArgumentException("row " + r.origin() + " is for " + r.party() + ", posture is for " + party);
            }
            if (!seen.add(r.system().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(r.origin() + ": system '" + r.system() + "' listed twice for "
                        + party + (asOf == null ? "" : " on " + asOf));
            }
        }
    }

    /** Total deployed re-entry vehicles on missiles, counting rows that give no warheads as zero. */
    public long deployedMissileWarheads() {
        return rows.stream().filter(r -> r.category().isBallisticMissile())
                .mapToLong(r -> r.reentryVehicles().orElse(0L)).reduce(0L, Math::addExact);
    }
}
