package org.treatylab.sweep.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.stability.Stability;
import org.treatylab.stability.force.Force;
import org.treatylab.sweep.job.ModelSpec;

/**
 * The two forces of a stability job, picked as the stability commands pick them: side A takes the party asked for,
 * else its file's first party; side B the party asked for, else the first other party of its file; each the posture
 * in effect on the job's date (the only one when no date is given).
 */
final class Sides {
    private Sides() {
    }

    static Force[] pick(ModelSpec.Stability spec) {
        List<Posture> a = read(spec.postureA(), spec.date());
        List<Posture> b = spec.postureB().equals(spec.postureA()) ? a : read(spec.postureB(), spec.date());
        Party pa = spec.partyA() != null ? Party.parse(spec.partyA()) : a.get(0).party();
        Party pb = spec.partyB() != null ? Party.parse(spec.partyB())
                : b.stream().map(Posture::party).filter(p -> !p.equals(pa)).findFirst().orElse(b.get(0).party());
        return new Force[] {Stability.force(inEffect(a, pa, spec.date(), spec.postureA().name())),
            Stability.force(inEffect(b, pb, spec.date(), spec.postureB().name()))};
    }

    private static List<Posture> read(ModelSpec.PostureSource src, LocalDate date) {
        List<Posture> all = src.text() == null ? Postures.resolve(src.name(), date)
                : PostureReader.parse(src.name(), src.text(), date);
        if (all.isEmpty()) {
            throw new InputException(src.name() + ": no posture rows");
        }
        return all;
    }

    private static Posture inEffect(List<Posture> all, Party party, LocalDate date, String source) {
        List<Posture> mine = all.stream().filter(p -> p.party().equals(party)).toList();
        if (mine.isEmpty()) {
            throw new InputException(source + ": no posture rows for " + party);
        }
        if (date == null) {
            if (mine.size() > 1) {
                throw new InputException(source + ": " + mine.size() + " dates for " + party
                        + "; give model.date");
            }
            return mine.get(0);
        }
        return mine.stream().filter(p -> p.asOf() == null || !p.asOf().isAfter(date))
                .max(Comparator.comparing(Posture::asOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> new InputException(source + ": no posture for " + party + " on or before "
                        + date));
    }
}
