package org.treatylab.cli.stability;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceResolver;

/**
 * Picks the two sides of an exchange or sweep from posture files. A file may hold both parties (the shipped
 * {@code us-russia-2009} does): the first side takes the party asked for, else the file's first party; the second
 * side takes the party asked for, else the first party of its file that is not the first side's.
 */
final class Sides {
    private Sides() {
    }

    static Force[] resolve(String fileA, String partyA, String fileB, String partyB, LocalDate date) {
        List<Posture> a = Postures.resolve(fileA, null);
        List<Posture> b = fileB.equals(fileA) ? a : Postures.resolve(fileB, null);
        Party pa = partyA != null ? Party.parse(partyA) : a.get(0).party();
        Party pb = partyB != null ? Party.parse(partyB) : b.stream().map(Posture::party).filter(p -> !p.equals(pa))
                .findFirst().orElse(b.get(0).party());
        return new Force[] {ForceResolver.resolve(pick(a, pa, date, fileA)), ForceResolver.resolve(pick(b, pb, date,
                fileB))};
    }

    /** The party's posture in effect on {@code date}: the latest dated on or before it, or the only one. */
    private static Posture pick(List<Posture> all, Party party, LocalDate date, String file) {
        List<Posture> mine = all.stream().filter(p -> p.party().equals(party)).toList();
        if (mine.isEmpty()) {
            throw new InputException(file + ": no posture rows for " + party);
        }
        if (date == null) {
            if (mine.size() > 1) {
                throw new InputException(file + ": " + mine.size() + " dates for " + party + "; give --date");
            }
            return mine.get(0);
        }
        return mine.stream().filter(p -> p.asOf() == null || !p.asOf().isAfter(date))
                .max(Comparator.comparing(Posture::asOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> new InputException(file + ": no posture for " + party + " on or before " + date));
    }
}
