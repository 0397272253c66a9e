package org.treatylab.app.foundation;

import java.util.List;
import java.util.Objects;

/** Verdicts per date, party and limit (the JSON of {@code treatylab compliance} and {@code /api/compliance}). */
public record ComplianceResult(String treaty, List<ComplianceRow> results) {
    public ComplianceResult {
        Objects.requireNonNull(treaty, "treaty");
        results = List.copyOf(results);
    }
}
