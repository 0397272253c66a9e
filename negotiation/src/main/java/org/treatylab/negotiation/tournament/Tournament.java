package org.treatylab.negotiation.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.treatylab.negotiation.NegotiationException;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.SessionSetup;

/**
 * Runs every line-up of agents on every scenario (for n parties: every combination of n agents in every role order;
 * or a seeded sample of line-ups), repeatedly, on a pool of threads. Each session's seed is fixed by its position in
 * the schedule, so results do not depend on the number of threads or their timing.
 */
public final class Tournament {
    private Tournament() {
    }

    /** One scheduled session: the agents by role. */
    private record Job(int index, Scenario scenario, Analysis analysis, int repetition, List<String> lineup,
            long seed) {
    }

    public static TournamentResult run(TournamentSpec spec, ProgressListener listener) {
        return run(spec, Map.of(), listener, r -> { });
    }

    /**
     * Runs the sessions of the schedule not in {@code finished} and returns every session's record, the finished ones
     * as given: a tournament stopped midway continues to the same result as one run without stopping (each session's
     * seed is fixed by its place in the schedule).
     *
     * @param finished records of sessions already played, by index; each must be the schedule's session at its index
     *     (scenario, repetition, agents, seed), else IllegalArgumentException
     * @param listener told after each session (counting the finished ones), from worker threads
     * @param recorded given each newly played session's record, from worker threads (thread-safe)
     */
    public static TournamentResult run(TournamentSpec spec, Map<Integer, SessionRecord> finished,
            ProgressListener listener, Consumer<SessionRecord> recorded) {
        Map<Scenario, Analysis> analyses = new LinkedHashMap<>();
        for (Scenario s : spec.scenarios()) {
            analyses.put(s, Analyzer.analyze(s.profiles()));
        }
        List<Job> jobs = schedule(spec, analyses);
        for (Map.Entry<Integer, SessionRecord> e : finished.entrySet()) {
            int i = e.getKey();
            SessionRecord r = e.getValue();
            if (i < 0 || i >= jobs.size()) {
                throw new IllegalArgumentException("finished session " + i + " is not in the schedule of "
                        + jobs.size() + " sessions");
            }
            Job j = jobs.get(i);
            if (r.index() != i || !r.scenario().equals(j.scenario().name()) || r.repetition() != j.repetition()
                    || !r.agents().equals(j.lineup()) || r.seed() != j.seed()) {
                throw new IllegalArgumentException("finished session " + i + " (" + r.scenario() + ", repetition "
                        + r.repetition() + ", " + r.agents() + ", seed " + r.seed() + ") is not the schedule's ("
                        + j.scenario().name() + ", repetition " + j.repetition() + ", " + j.lineup() + ", seed "
                        + j.seed() + ")");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "tournament");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger(finished.size());
            List<Future<SessionRecord>> futures = new ArrayList<>();
            for (Job j : jobs) {
                if (finished.containsKey(j.index())) {
                    futures.add(CompletableFuture.completedFuture(finished.get(j.index())));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    SessionRecord r = play(spec, j);
                    recorded.accept(r);
                    listener.progress(done.incrementAndGet(), jobs.size());
                    return r;
                }));
            }
            List<SessionRecord> records = new ArrayList<>();
            for (Future<SessionRecord> f : futures) {
                records.add(f.get());
            }
            return new TournamentResult(records, Summaries.of(spec.agents(), records));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NegotiationException("tournament interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new NegotiationException("tournament session failed: " + c, c);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Job> schedule(TournamentSpec spec, Map<Scenario, Analysis> analyses) {
        SplittableRandom seeds = new SplittableRandom(spec.seed());
        List<Job> jobs = new ArrayList<>();
        List<String> agents = spec.agents();
        for (Scenario s : spec.scenarios()) {
            int parties = s.profiles().size();
            List<int[]> lineups = spec.sample() == 0 ? Lineups.all(agents.size(), parties)
                    : Lineups.sample(agents.size(), parties, spec.sample(), seeds.nextLong());
            for (int[] l : lineups) {
                List<String> names = new ArrayList<>();
                for (int a : l) {
                    names.add(agents.get(a));
                }
                for (int rep = 1; rep <= spec.repetitions(); rep++) {
                    jobs.add(new Job(jobs.size(), s, analyses.get(s), rep, List.copyOf(names), seeds.nextLong()));
                }
            }
        }
        return jobs;
    }

    /** Role names: A, B, C, ... (then P27, P28, ...). */
    static PartyId role(int i) {
        return PartyId.of(i < 26 ? String.valueOf((char) ('A' + i)) : "P" + (i + 1));
    }

    private static SessionRecord play(TournamentSpec spec, Job j) {
        List<Profile> profiles = j.scenario().profiles();
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ps.add(new Participant(role(i), profiles.get(i), Agents.create(j.lineup().get(i))));
        }
        SessionResult r = Negotiation.run(SessionSetup.of(j.scenario().domain(), ps, spec.deadline(), j.seed()));
        List<Double> u = r.utilities();
        double welfare = 0;
        for (double x : u) {
            welfare += x;
        }
        OptionalDouble nash = j.analysis().nashDistance(u);
        return new SessionRecord(j.index(), j.scenario().name(), j.repetition(), j.lineup(),
                profiles.stream().map(Profile::name).toList(), j.seed(), r.reason(), r.rounds(),
                r.discountedUtilities(), welfare, j.analysis().paretoDistance(u), nash,
                r.agreement().map(o -> o.asMap().toString()).orElse(""));
    }
}
