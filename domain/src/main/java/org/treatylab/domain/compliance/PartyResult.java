package org.treatylab.domain.compliance;

import java.time.LocalDate;
import java.util.List;
import org.treatylab.domain.Party;

/**
 * A party's limits assessed on a date.
 *
 * @param date the date assessed, or null
 * @param status the source row's status flag for series (e.g. {@code V}), or null for postures
 */
public record PartyResult(LocalDate date, Party party, List<LimitResult> limits, String status) {
    public PartyResult {
        limits = List.copyOf(limits);
    }

    /** True for a series row whose status is exactly {@code V}, and for every posture result. */
    public boolean confirmed() {
        return status == null || status.equals("V");
    }

    public LimitResult limit(String id) {
        return limits.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no limit '" + id + "' in result"));
    }
}
