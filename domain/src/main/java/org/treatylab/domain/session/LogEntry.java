package org.treatylab.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a session's log.
 *
 * @param seq its place in the log, from 0; a log holds each seq once
 * @param text what happened, in the caller's encoding
 * @param at when it was written
 */
public record LogEntry(int seq, String text, Instant at) {
    public LogEntry {
        if (seq < 0) {
            throw new IllegalArgumentException("seq: expected 0 or more, got " + seq);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
