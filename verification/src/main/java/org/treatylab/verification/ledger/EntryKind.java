package org.treatylab.verification.ledger;

import java.util.Locale;

/** What a ledger entry records. */
public enum EntryKind {
    /** A party's public key and the SHA-256 of its API token, signed with that key: the log's record of who writes. */
    REGISTRATION, DECLARATION, NOTIFICATION, EXCHANGE, REVEAL, FINDING;

    /** Whether an entry of this kind has an owner-only part (its commitment implies one). */
    public boolean hasPrivatePart() {
        return this == DECLARATION || this == NOTIFICATION || this == EXCHANGE;
    }

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
