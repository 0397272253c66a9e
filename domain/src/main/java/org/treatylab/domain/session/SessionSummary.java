package org.treatylab.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A kept session's id, kind and when it was last touched. */
public record SessionSummary(String id, String kind, Instant touchedAt) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SessionSummary {
        checkId(id);
        checkKind(kind);
        Objects.requireNonNull(touchedAt, "touchedAt");
    }

    static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id: expected 1 to 64 characters of [A-Za-z0-9_-], got '" + id + "'");
        }
    }

    static void checkKind(String kind) {
        if (kind == null || kind.isEmpty() || kind.length() > 16) {
            throw new IllegalArgumentException("kind: expected 1 to 16 characters, got '" + kind + "'");
        }
    }
}
