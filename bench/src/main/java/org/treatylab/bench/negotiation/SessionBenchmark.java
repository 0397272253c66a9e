package org.treatylab.bench.negotiation;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.SessionSetup;

/**
 * Sessions per second: Boulware (e = 0.2) against Conceder (e = 2), deadline 1,000 rounds, on a 10^5-outcome domain
 * (5 issues of 10 values, seeded random additive profiles; they agree in round 110). With {@code opponent =
 * boulware} both hold out and agree only in round 693, which shows the cost per move.
 *
 * <ul>
 *   <li>{@code treatyLab}: the engine as used, the ranked outcomes shared between sessions;</li>
 *   <li>{@code treatyLabRankingEverySession}: the engine with each session ranking its outcomes afresh (what a
 *       session costs when its profiles are new);</li>
 *   <li>{@code geniusLikeBaseline}: {@link NaiveGeniusLikeSession}, which builds and sorts a list of map-based bids
 *       at every session start and logs every move, as GENIUS does.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SessionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SessionBenchmark {
    static final int ROUNDS = 1000;

    /** The second party's strategy: conceder (the required pairing) or boulware (a session that runs long). */
    @Param({"conceder", "boulware"})
    String opponent;

    private List<Profile> profiles;
    private PrintStream log;

    @Setup
    public void setup() {
        profiles = Scenarios.tenValues(5, Scenarios.SEED);
        profiles.forEach(p -> p.utility().ranked());
        log = new PrintStream(OutputStream.nullOutputStream());
    }

    static SessionResult session(Profile a, Profile b, String opponent) {
        List<Participant> ps = List.of(new Participant(PartyId.of("A"), a, Agents.create("boulware")),
                new Participant(PartyId.of("B"), b, Agents.create(opponent)));
        return Negotiation.run(SessionSetup.of(a.domain(), ps, Deadline.rounds(ROUNDS), 1));
    }

    /**
     * One operation: a full session, to agreement or deadline, with fresh agents, on profiles ranked once before
     * the run (as a tournament shares them); {@code SessionBenchmarkTest} checks it is the session a tournament plays.
     */
    @Benchmark
    public SessionResult treatyLab() {
        return session(profiles.get(0), profiles.get(1), opponent);
    }

    /** One operation: the same full session, each profile's outcomes ranked afresh first. */
    @Benchmark
    public SessionResult treatyLabRankingEverySession() {
        return session(fresh(profiles.get(0)), fresh(profiles.get(1)), opponent);
    }

    /** One operation: the same session played the GENIUS way (map bids built and sorted at start, moves logged). */
    @Benchmark
    public NaiveGeniusLikeSession.Result geniusLikeBaseline() {
        return NaiveGeniusLikeSession.run(profiles.get(0), profiles.get(1), 0.2, exponent(opponent), ROUNDS, log);
    }

    static double exponent(String agent) {
        return agent.equals("conceder") ? 2 : 0.2;
    }

    /** The same preferences in a new utility function, so nothing ranked is reused. */
    private static Profile fresh(Profile p) {
        return new Profile(p.name(), UtilityFunction.additive(p.utility().additive().orElseThrow()), p.reservation(),
                p.discount());
    }
}
