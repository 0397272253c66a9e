package org.treatylab.server;

import io.javalin.http.Handler;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Tournament jobs: at most {@code slots} run at a time (each on one thread), a further one is refused with 429
 * rather than queued, and the last {@code kept} jobs stay readable.
 */
final class TournamentJobs {
    private final int slotCount;
    private final Semaphore slots;
    private final Executor executor;
    private final LiveRegistry<TournamentJob> jobs;

    TournamentJobs(int slots, int kept, Executor executor) {
        this.slotCount = slots;
        this.slots = new Semaphore(slots);
        this.executor = executor;
        this.jobs = new LiveRegistry<>("tournament-", kept);
    }

    /** Daemon worker threads, one per slot. */
    static TournamentJobs withThreads(int slots, int kept) {
        return new TournamentJobs(slots, kept, Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "tournament-job");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Admits and starts a job; 429 when every slot is busy, and then nothing is registered. */
    String start(TournamentJob job) {
        if (!slots.tryAcquire()) {
            throw new ApiError(429, "too many requests", slotCount + " tournaments are running, the most the "
                    + "server runs at once; wait for one to end or cancel one (DELETE /api/tournaments/{id})");
        }
        String id = jobs.add(job);
        job.id(id);
        executor.execute(() -> job.run(slots::release, j -> jobs.publish(id, "progress", j.view(false))));
        return id;
    }

    TournamentJob get(String id) {
        return jobs.get(id);
    }

    /** Server-sent events: the status now, then after each finished session and at the end. */
    Handler events() {
        return jobs.events(j -> j.view(false));
    }
}
