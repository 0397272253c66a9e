package org.treatylab.negotiation.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Runs every agent pair on every scenario, in both role orders, repeatedly, on a pool of threads. Each session's
 * seed is fixed by its position in the schedule, so results do not depend on the number of threads or their timing.
 */
public final class Tournament {
    private Tournament() {
    }

    /** One scheduled session. */
    private record Job(int index, Scenario scenario, Analysis analysis, int repetition, String a, String b,
            boolean swapped, long seed) {
    }

    public static TournamentResult run(TournamentSpec spec, ProgressListener listener) {
        Map<Scenario, Analysis> analyses = new LinkedHashMap<>();
        for (Scenario s : spec.scenarios()) {
            analyses.put(s, Analyzer.analyze(s.profiles()));
        }
        List<Job> jobs = schedule(spec, analyses);
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "tournament");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<SessionRecord>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    SessionRecord r = play(spec, j);
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
            for (int i = 0; i < agents.size(); i++) {
                for (int k = i + 1; k < agents.size(); k++) {
                    for (boolean swapped : new boolean[] {false, true}) {
                        for (int rep = 1; rep <= spec.repetitions(); rep++) {
                            jobs.add(new Job(jobs.size(), s, analyses.get(s), rep, agents.get(i), agents.get(k),
                                    swapped, seeds.nextLong()));
                        }
                    }
                }
            }
        }
        return jobs;
    }

    private static SessionRecord play(TournamentSpec spec, Job j) {
        String agentA = j.swapped() ? j.b() : j.a();
        String agentB = j.swapped() ? j.a() : j.b();
        Profile pa = j.scenario().profiles().get(0);
        Profile pb = j.scenario().profiles().get(1);
        List<Participant> ps = List.of(new Participant(PartyId.of("A"), pa, Agents.create(agentA)),
                new Participant(PartyId.of("B"), pb, Agents.create(agentB)));
        SessionResult r = Negotiation.run(SessionSetup.of(j.scenario().domain(), ps, spec.deadline(), j.seed()));
        List<Double> u = r.utilities();
        OptionalDouble nash = j.analysis().nashDistance(u);
        return new SessionRecord(j.index(), j.scenario().name(), j.repetition(), agentA, agentB, pa.name(), pb.name(),
                j.seed(), r.reason(), r.rounds(), r.discountedUtilities().get(0), r.discountedUtilities().get(1),
                u.get(0) + u.get(1), j.analysis().paretoDistance(u), nash,
                r.agreement().map(o -> o.asMap().toString()).orElse(""));
    }
}
