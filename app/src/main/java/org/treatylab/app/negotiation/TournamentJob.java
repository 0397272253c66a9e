package org.treatylab.app.negotiation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatylab.app.common.AppException;
import org.treatylab.app.common.FormText;
import org.treatylab.app.common.Sessions;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.StoredSession;
import org.treatylab.negotiation.NegotiationException;
import org.treatylab.negotiation.tournament.SessionRecord;
import org.treatylab.negotiation.tournament.Tournament;
import org.treatylab.negotiation.tournament.TournamentResult;
import org.treatylab.negotiation.tournament.TournamentSpec;

/**
 * One tournament run in the background: its status, progress and, once done, its result. Cancelling interrupts the
 * thread that runs it; the engine then stops scheduling sessions.
 *
 * <p>Kept in the store as its request, its status and each finished session's record (written in batches: at most
 * {@value #BATCH} records or {@value #BATCH_MILLIS} ms of work are lost with a crash, and played again). A job that
 * was running when the server stopped continues from its finished sessions at the next start, to the result it would
 * have had without stopping.
 */
final class TournamentJob implements Sessions.Kept {
    private static final Logger LOG = LoggerFactory.getLogger("treatylab.tournaments");
    static final int BATCH = 64;
    static final long BATCH_MILLIS = 1000;

    /** Where a job is. */
    enum Status { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    private final String id;
    /** How to run it; null for a job restored after it ended (only its records are needed). */
    private final Function<String, TournamentSpec> spec;
    private final JobStatus.JobRequest request;
    private final int total;
    private final Sessions<TournamentJob> keeper;
    private final TreeMap<Integer, SessionRecord> finished = new TreeMap<>();
    private final List<SessionRecord> unsaved = new ArrayList<>();
    private Instant lastSave;
    private Status status = Status.QUEUED;
    private int done;
    private boolean cancelRequested;
    private Thread runner;
    private TournamentView result;
    private String error;

    TournamentJob(String id, Function<String, TournamentSpec> spec, JobStatus.JobRequest request, int total,
            Sessions<TournamentJob> keeper) {
        this.id = id;
        this.spec = spec;
        this.request = request;
        this.total = total;
        this.keeper = keeper;
    }

    /** A kept job: its status and finished sessions; a done job's result from its records. */
    static TournamentJob restore(StoredSession stored, Function<String, TournamentSpec> spec,
            Sessions<TournamentJob> keeper) {
        Map<String, String> f = FormText.decode(stored.spec());
        TournamentJob j = new TournamentJob(stored.id(), spec, TournamentRecords.shown(f),
                Integer.parseInt(FormText.require(f, "total")), keeper);
        Map<String, String> st = FormText.decode(stored.state());
        j.status = Status.valueOf(FormText.require(st, "status").toUpperCase(Locale.ROOT));
        j.cancelRequested = Boolean.parseBoolean(st.get("cancel"));
        j.error = st.get("error");
        for (LogEntry e : stored.log()) {
            SessionRecord r = TournamentRecords.decode(e.text());
            if (r.index() != e.seq()) {
                throw new IllegalStateException("record " + e.seq() + " holds session " + r.index());
            }
            j.finished.put(r.index(), r);
        }
        j.done = j.status == Status.DONE ? j.total : j.finished.size();
        if (j.status == Status.DONE) {
            if (j.finished.size() != j.total) {
                throw new IllegalStateException("done with " + j.finished.size() + " of " + j.total + " sessions");
            }
            j.result = Tournaments.view(TournamentResult.of(j.request.agents(), new ArrayList<>(j.finished.values())));
        }
        return j;
    }

    String id() {
        return id;
    }

    @Override
    public synchronized boolean busy() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /** Whether it stopped unfinished with the server (queued or running when kept): then it is run on. */
    synchronized boolean interrupted() {
        return busy();
    }

    synchronized String state() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", name(status));
        f.put("cancel", Boolean.toString(cancelRequested));
        f.put("error", error);
        return FormText.encode(f);
    }

    /**
     * Runs the tournament on the calling thread, from its finished sessions. {@code release} is called before the
     * final status is set, so a client that sees the job ended may start another at once; {@code changed} after
     * every change.
     */
    void run(Runnable release, Consumer<TournamentJob> changed) {
        boolean started;
        Map<Integer, SessionRecord> from;
        synchronized (this) {
            started = !cancelRequested;
            if (started) {
                runner = Thread.currentThread();
                status = Status.RUNNING;
            }
            from = new TreeMap<>(finished);
        }
        Status end = Status.CANCELLED;
        TournamentResult r = null;
        String failure = null;
        try {
            if (started) {
                save(false);
                changed.accept(this);
                r = Tournament.run(spec.apply(id), from, (d, t) -> progress(d, changed), this::recorded);
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
        }
        synchronized (this) {
            status = end;
            result = r == null ? null : Tournaments.view(r);
            error = failure;
            if (end == Status.DONE) {
                done = total;
            }
        }
        try {
            save(true);
        } catch (RuntimeException e) {
            LOG.error("tournament {}: its end could not be kept", id, e);
        } finally {
            release.run();
        }
        changed.accept(this);
    }

    /** A newly played session: kept in the next batch. */
    private void recorded(SessionRecord r) {
        boolean due;
        synchronized (this) {
            unsaved.add(r);
            due = unsaved.size() >= BATCH || lastSave == null
                    || keeper.now().toEpochMilli() - lastSave.toEpochMilli() >= BATCH_MILLIS;
        }
        if (due) {
            save(false);
        }
    }

    /** Writes the unsaved records and the status (all of them when {@code all}). */
    private synchronized void save(boolean all) {
        List<LogEntry> entries = new ArrayList<>();
        for (SessionRecord r : unsaved) {
            if (!finished.containsKey(r.index())) {
                entries.add(new LogEntry(r.index(), TournamentRecords.encode(r), keeper.now()));
            }
        }
        if (!all && entries.isEmpty() && lastSave != null) {
            return;
        }
        keeper.save(id, entries, state());
        unsaved.forEach(r -> finished.put(r.index(), r));
        unsaved.clear();
        lastSave = keeper.now();
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
        keeper.save(id, List.of(), state());
        if (runner != null) {
            runner.interrupt();
        }
    }

    /** Marks a job that could not be run on after a restart as failed. */
    synchronized void failResume(String why) {
        status = Status.FAILED;
        error = why;
        keeper.save(id, List.of(), state());
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
