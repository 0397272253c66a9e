package org.treatylab.app.negotiation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import org.treatylab.app.common.AppException;
import org.treatylab.app.common.FormText;
import org.treatylab.app.common.Sessions;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.InputException;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.StoredSession;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.tournament.AgentSummary;
import org.treatylab.negotiation.tournament.SessionRecord;
import org.treatylab.negotiation.tournament.Tournament;
import org.treatylab.negotiation.tournament.TournamentResult;
import org.treatylab.negotiation.tournament.TournamentSpec;

/**
 * Tournaments: run one to its end (the command line, on all cores, with progress), or as background jobs (the
 * server): at most {@code slots} run at a time, each on one thread, a further one is refused (BUSY) rather than
 * queued, and the last {@code kept} jobs stay readable. Jobs are kept in a store: one stopped by a restart runs on
 * from its finished sessions to the result it would have had.
 */
public final class Tournaments {
    /** The server's bounds on one job. */
    public static final int MAX_SCENARIOS = 4;
    public static final int MAX_REPETITIONS = 10;
    public static final int MAX_SESSIONS = 2000;
    public static final int RUNNING_JOBS = 2;
    private final NegotiationDoor negotiation;
    private final int slotCount;
    private final Semaphore slots;
    private final Executor executor;
    private final Sessions<TournamentJob> jobs;

    Tournaments(NegotiationDoor negotiation, int slots, int kept, Executor executor, SessionStore store, Clock clock) {
        this.negotiation = negotiation;
        this.slotCount = slots;
        this.slots = new Semaphore(slots);
        this.executor = executor;
        this.jobs = new Sessions<>("tournament", "tournament", kept, store, clock, false, this::restore);
    }

    Tournaments(NegotiationDoor negotiation, int slots, int kept, Executor executor) {
        this(negotiation, slots, kept, executor, new InMemorySessionStore(), Clock.systemUTC());
    }

    /** Jobs on daemon worker threads, one per slot, kept in memory only. */
    public static Tournaments withThreads(NegotiationDoor negotiation, int slots, int kept) {
        return withThreads(negotiation, slots, kept, new InMemorySessionStore(), Clock.systemUTC());
    }

    /**
     * Jobs on daemon worker threads, one per slot, kept in {@code store}: the jobs that were running when the server
     * stopped run on from their finished sessions now.
     */
    public static Tournaments withThreads(NegotiationDoor negotiation, int slots, int kept, SessionStore store,
            Clock clock) {
        Tournaments t = new Tournaments(negotiation, slots, kept, Executors.newFixedThreadPool(slots, r -> {
            Thread th = new Thread(r, "tournament-job");
            th.setDaemon(true);
            return th;
        }), store, clock);
        t.resume();
        return t;
    }

    /** Runs on the kept jobs that stopped unfinished (a restart); those beyond the free slots are marked failed. */
    void resume() {
        List<String> ids = new ArrayList<>(jobs.ids());
        java.util.Collections.reverse(ids);
        for (String id : ids) {
            TournamentJob job;
            try {
                job = jobs.get(id);
            } catch (RuntimeException e) {
                continue;
            }
            if (!job.interrupted()) {
                continue;
            }
            if (!slots.tryAcquire()) {
                job.failResume("not run on after a restart: every slot was taken");
                continue;
            }
            executor.execute(() -> job.run(slots::release, j -> jobs.publish(id, "progress", v -> j.status())));
        }
    }

    private TournamentJob restore(StoredSession stored) {
        return TournamentJob.restore(stored, this::specOf, jobs);
    }

    /** The spec of kept job {@code id}, its scenarios read again. */
    private TournamentSpec specOf(String id) {
        StoredSession stored = jobs.stored(id);
        return spec(TournamentRecords.request(FormText.decode(stored.spec())), NegotiationLimits.SERVER, true);
    }

    /** Runs a tournament to its end; {@code progress} hears (done, total) after each session, from any thread. */
    public TournamentView run(TournamentRequest r, BiConsumer<Integer, Integer> progress) {
        TournamentSpec spec = spec(r, NegotiationLimits.commandLine(Long.MAX_VALUE), false);
        return view(Tournament.run(spec, progress::accept));
    }

    /**
     * Admits and starts a job within the server's bounds: scenarios analysable and of no more parties than agents, at
     * most {@value #MAX_SESSIONS} sessions; BUSY when every slot is taken (then nothing is kept).
     */
    public JobView start(TournamentRequest r) {
        if (r.scenarios().isEmpty() || r.scenarios().size() > MAX_SCENARIOS) {
            throw new InputException("field 'scenarios' must be an array of 1 to " + MAX_SCENARIOS + " scenarios");
        }
        TournamentSpec spec = spec(r, NegotiationLimits.SERVER, true);
        if (spec.sessionCount() > MAX_SESSIONS) {
            throw new InputException("the tournament would run " + spec.sessionCount() + " sessions; the server runs "
                    + "at most " + MAX_SESSIONS + " (fewer agents, scenarios or repetitions)");
        }
        JobStatus.JobRequest shown = new JobStatus.JobRequest(spec.scenarios().stream().map(Scenario::name).toList(),
                r.agents(), r.repetitions(), r.rounds(), r.seed(), r.sample());
        if (!slots.tryAcquire()) {
            throw new AppException(ErrorKind.BUSY, slotCount + " tournaments are running, the most the server runs "
                    + "at once; wait for one to end or cancel one (DELETE /api/tournaments/{id})");
        }
        String id;
        TournamentJob job;
        try {
            id = jobs.newId();
            job = new TournamentJob(id, x -> spec, shown, spec.sessionCount(), jobs);
            jobs.add(id, job, TournamentRecords.spec(r, shown, spec.sessionCount()), job.state(), List.of());
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        executor.execute(() -> job.run(slots::release, j -> jobs.publish(id, "progress", v -> j.status())));
        return job.view();
    }

    private TournamentSpec spec(TournamentRequest r, NegotiationLimits limits, boolean server) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < r.scenarios().size(); i++) {
            NegotiationScenarioRef ref = r.scenarios().get(i);
            Scenario s = negotiation.load(ref, limits.playOutcomes(), limits);
            if (server) {
                negotiation.analysis(s, ref instanceof NegotiationScenarioRef.Shipped, limits);
            }
            scenarios.add(s);
        }
        for (int i = 0; server && i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            if (s.profiles().size() > r.agents().size()) {
                throw new InputException("field 'scenarios[" + i + "]': '" + s.name() + "' has " + s.profiles().size()
                        + " parties, more than the " + r.agents().size() + " agents");
            }
        }
        return Engine.call(() -> new TournamentSpec(scenarios, r.agents(), r.repetitions(),
                Deadline.rounds(r.rounds()), r.seed(), r.threads(), r.sample()));
    }

    /** A job with its results once done; NOT_FOUND when unknown. */
    public JobView job(String id) {
        return jobs.get(id).view();
    }

    /** The results of a finished job; CONFLICT until it is done. */
    public TournamentView results(String id) {
        return jobs.get(id).result();
    }

    /** Asks a queued or running job to stop; CONFLICT when it has already ended. */
    public JobStatus cancel(String id) {
        TournamentJob job = jobs.get(id);
        job.cancel();
        return job.status();
    }

    /** The jobs, for watchers of their progress (events carry a {@link JobStatus}). */
    public Sessions<?> jobs() {
        return jobs;
    }

    /** The current status of a job, for a new watcher. */
    public JobStatus status(String id) {
        return jobs.get(id).status();
    }

    static TournamentView view(TournamentResult r) {
        List<TournamentView.TournamentSession> sessions = new ArrayList<>();
        for (SessionRecord s : r.sessions()) {
            sessions.add(new TournamentView.TournamentSession(s.index() + 1, s.scenario(), s.repetition(),
                    s.agents(), s.profiles(), s.seed(), s.reason().name().toLowerCase(Locale.ROOT), s.isAgreement(),
                    s.rounds(), s.scores(), s.welfare(), s.paretoDistance(),
                    NegotiationViews.orNull(s.nashDistance()), s.agreement().isEmpty() ? null : s.agreement()));
        }
        List<TournamentView.AgentSummary> summary = new ArrayList<>();
        for (AgentSummary a : r.summary()) {
            summary.add(new TournamentView.AgentSummary(a.agent(), a.sessions(), a.meanScore(), a.agreementRate(),
                    a.meanWelfare(), a.meanParetoDistance(), NegotiationViews.orNull(a.meanNashDistance())));
        }
        return new TournamentView(sessions, summary);
    }
}
