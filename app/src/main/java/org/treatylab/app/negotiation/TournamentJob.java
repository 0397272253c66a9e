package org.treatylab.app.negotiation;

import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatylab.app.common.AppException;
import org.treatylab.negotiation.NegotiationException;
import org.treatylab.negotiation.tournament.Tournament;
import org.treatylab.negotiation.tournament.TournamentResult;
import org.treatylab.negotiation.tournament.TournamentSpec;

/**
 * One tournament run in the background: its status, progress and, once done, its result. Cancelling interrupts the
 * thread that runs it; the engine then stops scheduling sessions.
 */
final class TournamentJob {
    private static final Logger LOG = LoggerFactory.getLogger("treatylab.tournaments");

    /** Where a job is. */
    enum Status { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    private final TournamentSpec spec;
    private final JobStatus.JobRequest request;
    private final int total;
    private String id;
    private Status status = Status.QUEUED;
    private int done;
    private boolean cancelRequested;
    private Thread runner;
    private TournamentView result;
    private String error;

    TournamentJob(TournamentSpec spec, JobStatus.JobRequest request) {
        this.spec = spec;
        this.request = request;
        this.total = spec.sessionCount();
    }

    synchronized void id(String id) {
        this.id = id;
    }

    /**
     * Runs the tournament on the calling thread. {@code release} is called before the final status is set, so a
     * client that sees the job ended may start another at once; {@code changed} after every change.
     */
    void run(Runnable release, Consumer<TournamentJob> changed) {
        boolean started;
        synchronized (this) {
            started = !cancelRequested;
            if (started) {
                runner = Thread.currentThread();
                status = Status.RUNNING;
            }
        }
        Status end = Status.CANCELLED;
        TournamentResult r = null;
        String failure = null;
        try {
            if (started) {
                changed.accept(this);
                r = Tournament.run(spec, (d, t) -> progress(d, changed));
                end = Status.DONE;
            }
        } catch (RuntimeException e) {
            // an interrupt may surface as the engine's "interrupted" or as a failed write to a watcher
            if (wasCancelled()) {
                end = Status.CANCELLED;
            } else if (e instanceof NegotiationException || e instanceof IllegalArgumentException) {
                end = Status.FAILED;
                failure = e.getMessage();
            } else {
                LOG.error("tournament {} failed", id, e);
                end = Status.FAILED;
                failure = "the tournament failed; see the server log";
            }
        } finally {
            synchronized (this) {
                runner = null;
            }
            Thread.interrupted();
            release.run();
        }
        synchronized (this) {
            status = end;
            result = r == null ? null : Tournaments.view(r);
            error = failure;
            if (end == Status.DONE) {
                done = total;
            }
        }
        changed.accept(this);
    }

    private void progress(int d, Consumer<TournamentJob> changed) {
        synchronized (this) {
            // workers report out of order; progress never goes backwards
            if (d <= done) {
                return;
            }
            done = d;
        }
        changed.accept(this);
    }

    private synchronized boolean wasCancelled() {
        return cancelRequested;
    }

    /** Asks a queued or running job to stop; CONFLICT when it has already ended. */
    synchronized void cancel() {
        if (status != Status.QUEUED && status != Status.RUNNING) {
            throw AppException.conflict("tournament " + id + " has already ended (" + name(status) + ")");
        }
        cancelRequested = true;
        if (runner != null) {
            runner.interrupt();
        }
    }

    synchronized JobStatus status() {
        return new JobStatus(id, name(status), cancelRequested, done, total, request, error);
    }

    synchronized JobView view() {
        return new JobView(id, name(status), cancelRequested, done, total, request, error,
                result == null ? null : result.summary(), result == null ? null : result.sessions());
    }

    /** The results, once done; CONFLICT before. */
    synchronized TournamentView result() {
        if (status != Status.DONE) {
            throw AppException.conflict("tournament " + id + " is " + name(status) + "; results exist once it is done");
        }
        return result;
    }

    private static String name(Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
