package org.treatylab.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A kept session: header and log.
 *
 * @param id at most 64 characters of {@code [A-Za-z0-9_-]}
 * @param kind what it is ({@code talks}, {@code negotiation}, {@code tournament}), at most 16 characters
 * @param spec what it was started from (never changes)
 * @param state its small changing part (seats, status)
 * @param log its entries in seq order
 */
public record StoredSession(String id, String kind, String spec, String state, Instant createdAt, Instant touchedAt,
        List<LogEntry> log) {
    public StoredSession {
        SessionSummary.checkId(id);
        SessionSummary.checkKind(kind);
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(touchedAt, "touchedAt");
        log = List.copyOf(log);
        for (int i = 1; i < log.size(); i++) {
            if (log.get(i).seq() <= log.get(i - 1).seq()) {
                throw new IllegalArgumentException("log: seq must increase, got " + log.get(i - 1).seq() + " then "
                        + log.get(i).seq());
            }
        }
    }
}
