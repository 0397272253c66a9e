package org.treatylab.domain.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One limit assessed for one party on one date.
 *
 * @param counted the counted number, or null when unknown (a blank cell in a series)
 * @param limit the ceiling reported for that date
 * @param margin {@code limit - counted}, or null
 * @param requiredCut {@code max(0, counted - limit)}, or null
 * @param verdict null when no date was given or the count is unknown
 */
public record LimitResult(String id, Long counted, long limit, Long margin, Long requiredCut, Verdict verdict,
        LocalDate bindingFrom) {

    public LimitResult {
        Objects.requireNonNull(id, "id");
    }

    static LimitResult of(String id, Long counted, long limit, Verdict verdict, LocalDate bindingFrom) {
        Long margin = counted == null ? null : limit - counted;
        Long cut = counted == null ? null : Math.max(0, counted - limit);
        return new LimitResult(id, counted, limit, margin, cut, counted == null ? null : verdict, bindingFrom);
    }
}
