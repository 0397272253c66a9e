package org.treatylab.verification.declaration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.treaty.Treaty;

/**
 * A six-monthly data exchange: a snapshot of a party's items on a date and the treaty aggregates counted from them
 * by the domain's counting engine.
 *
 * @param aggregates quantity id to number, in the rule set's order
 */
public record DataExchange(Party party, LocalDate date, String treaty, List<Item> items, Map<String, Long> aggregates) {
    public DataExchange {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(treaty, "treaty");
        items = List.copyOf(items);
        aggregates = Collections.unmodifiableMap(new LinkedHashMap<>(aggregates));
    }

    /** Snapshots the current (non-eliminated) items and counts them under the treaty's rules. */
    public static DataExchange of(Treaty treaty, Party party, LocalDate date, Collection<Item> items) {
        List<Item> current = items.stream().filter(i -> i.status() != ItemStatus.ELIMINATED)
                .sorted(Comparator.comparing(Item::uid)).toList();
        Map<String, Long> counted = Compliance.count(treaty, ItemPostures.posture(party, date, current));
        return new DataExchange(party, date, treaty.id(), current, counted);
    }
}
