package org.treatylab.domain.treaty;

import java.time.LocalDate;
import java.util.Objects;
import org.treatylab.domain.Status;

/**
 * A ceiling that binds from a date (inclusive) until the next step of the same limit.
 *
 * @param note the source or rationale, required when the step is not confirmed
 */
public record LimitStep(LocalDate from, long ceiling, Status status, String note) {
    public LimitStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        if (ceiling < 0) {
            throw new IllegalArgumentException("ceiling must not be negative, got " + ceiling);
        }
        note = note == null ? "" : note;
    }
}
