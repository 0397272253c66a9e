package org.treatylab.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps sessions so that they survive a restart. A session is a header (its id and kind, the {@code spec} it was
 * started from, never changed, and a small {@code state} that is replaced) and a log of entries appended in order of
 * their {@code seq} (a person's moves, a tournament's finished sessions). What the texts mean is the caller's: a
 * port keeps text.
 *
 * <p>Each write is one transaction: the entries and the new state are both kept or neither. A session is
 * {@code touched} by every write; {@link #expire} removes the sessions idle since a time. Times are kept to the
 * millisecond.
 */
public interface SessionStore {
    /**
     * Keeps a new session with its log.
     *
     * @throws SessionConflictException when a session with this id exists
     */
    void create(StoredSession session);

    /**
     * Appends {@code entries} to the log of session {@code id} and replaces its state, touching it at {@code at}.
     *
     * @throws SessionConflictException when an entry's seq is already in the log (then nothing is written)
     * @throws java.util.NoSuchElementException when there is no session {@code id}
     */
    void save(String id, List<LogEntry> entries, String state, Instant at);

    /** The session with its whole log (entries in seq order), or empty. */
    Optional<StoredSession> load(String id);

    /** The sessions of a kind, most recently touched first. */
    List<SessionSummary> list(String kind);

    /**
     * Removes every session last touched before {@code idleBefore}, with its log.
     *
     * @return the ids removed
     */
    List<String> expire(Instant idleBefore);

    /** @return whether a session was removed */
    boolean remove(String id);
}
