package org.treatylab.app.sweep;

/** Told how far a sweep has come; called from worker threads, never for fewer evaluations than before. */
@FunctionalInterface
public interface SweepProgress {
    SweepProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
