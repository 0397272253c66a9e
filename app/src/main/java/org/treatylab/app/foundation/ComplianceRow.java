package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One party on one date of a series.
 *
 * @param status the source row's status flag (e.g. {@code V}), or null for postures
 * @param confirmed true when the status is exactly {@code V}, and for every posture
 */
public record ComplianceRow(LocalDate date, String party, String status, boolean confirmed, List<LimitRow> limits) {
    public ComplianceRow {
        Objects.requireNonNull(party, "party");
        limits = List.copyOf(limits);
    }
}
