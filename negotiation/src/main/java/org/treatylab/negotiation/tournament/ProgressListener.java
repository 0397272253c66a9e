package org.treatylab.negotiation.tournament;

/** Told after each finished session; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {
    };

    void progress(int done, int total);
}
