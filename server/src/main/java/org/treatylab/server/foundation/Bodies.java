package org.treatylab.server.foundation;

import java.time.LocalDate;

/** The JSON request bodies of the foundation routes, as the OpenAPI document describes them. */
public final class Bodies {
    private Bodies() {
    }

    /**
     * A posture counted under a treaty: exactly one of {@code treaty} (an id) and {@code treaty_text} (a treaty
     * file), exactly one of {@code posture} (a shipped name) and {@code posture_csv}.
     */
    public record CountBody(String treaty, String treatyText, String posture, String postureCsv, LocalDate date) {
    }

    /** Verdicts over an uploaded series or dated postures: exactly one of the two CSV fields. */
    public record ComplianceBody(String treaty, String aggregatesCsv, String postureCsv) {
    }

    /** The liveness answer. */
    public record Health(String status) {
    }
}
