package org.treatylab.verification.ledger;

import java.util.Locale;

/** What a ledger entry records. */
public enum EntryKind {
    DECLARATION, NOTIFICATION, EXCHANGE, REVEAL, FINDING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value */
    public static EntryKind parse(String text) {
        for (EntryKind k : values()) {
            if (k.label().equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown entry kind '" + text + "'");
    }
}
