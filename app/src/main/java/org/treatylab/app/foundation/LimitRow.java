package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One limit assessed for one party on one date (the contract's limit object).
 *
 * @param counted the counted number, or null when unknown (a blank cell in a series)
 * @param limit the ceiling on that date
 * @param margin {@code limit - counted}, or null
 * @param requiredCut {@code max(0, counted - limit)}, or null
 * @param verdict NOT_IN_FORCE, NOT_YET_BINDING, WITHIN, EXCEEDS or EXPIRED; null without a date or a count
 */
public record LimitRow(String id, Long counted, long limit, Long margin, Long requiredCut, String verdict,
        LocalDate bindingFrom) {
    public LimitRow {
        Objects.requireNonNull(id, "id");
    }
}
