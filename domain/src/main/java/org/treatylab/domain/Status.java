package org.treatylab.domain;

import java.util.Locale;

/** How much a shipped figure can be trusted. */
public enum Status {
    /** Seen in a published source. */
    CONFIRMED,
    /** An open-source estimate. */
    ESTIMATE,
    /** A modelling choice; its rationale is written beside it. */
    ASSUMPTION,
    /** A published projection of forces not yet fielded (e.g. the US Department of Defense's for 2030 and 2035). */
    PROJECTION;

    /** The lower-case label used in data files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label as written in the data files.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static Status parse(String text) {
        for (Status s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (expected confirmed, estimate, assumption or projection)");
    }
}
