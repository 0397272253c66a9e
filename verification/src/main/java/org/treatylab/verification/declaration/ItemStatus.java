package org.treatylab.verification.declaration;

import java.util.Locale;

/** Where a declared item stands, as New START's database distinguishes items. */
public enum ItemStatus {
    DEPLOYED, NON_DEPLOYED, TEST, CONVERTED, ELIMINATED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case label used in files and payloads ({@code non_deployed}). */
    public String label() {
        return label;
    }

    /**
     * Parses a label in any case, '-' accepted for '_'.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static ItemStatus parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ItemStatus s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text.trim()
                + "' (expected deployed, non_deployed, test, converted or eliminated)");
    }
}
