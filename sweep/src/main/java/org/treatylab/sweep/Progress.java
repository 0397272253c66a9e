package org.treatylab.sweep;

/** Told how far a sweep has come; called from worker threads, never for fewer evaluations than before. */
@FunctionalInterface
public interface Progress {
    /** Does nothing. */
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
