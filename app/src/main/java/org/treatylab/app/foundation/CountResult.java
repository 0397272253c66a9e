package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A posture counted under a treaty (the JSON of {@code treatylab count} and {@code POST /api/count}).
 *
 * @param date the date judged (given, or the postures' own), or null: then every verdict is null
 */
public record CountResult(String treaty, LocalDate date, List<PartyLimits> parties) {
    public CountResult {
        Objects.requireNonNull(treaty, "treaty");
        parties = List.copyOf(parties);
    }
}
