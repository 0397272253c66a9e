package org.treatylab.bench.stability;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.exchange.MonteCarlo;
import org.treatylab.stability.exchange.MonteCarloResult;
import org.treatylab.stability.exchange.Plan;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceResolver;
import org.treatylab.stability.force.ReductionRule;

/**
 * The stability engine's speed: analytic first-strike stability assessments (a full exchange in both directions,
 * the striker's stopping point each way, and the index) per second, and Monte Carlo trials per second.
 *
 * <p>{@code forces}: {@code shipped-2009} is the shipped 2009 pair (4 and 9 systems, about 2,850 warheads each);
 * {@code synthetic-15} two forces of 15 systems each (silo, mobile, sea-based and bomber systems with parameters
 * drawn from fixed seeds) of about 3,000 warheads each, the size of the 2009 forces; {@code synthetic-15-heavy} the
 * same with launcher counts that give 4,000-5,500 warheads each.
 *
 * <p>Run: {@code mvn -B -q package -pl bench -am -DskipTests && java -jar bench/target/benchmarks.jar
 * StabilityBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StabilityBenchmark {
    private static final int TRIALS = 100;

    @Param({"shipped-2009", "synthetic-15", "synthetic-15-heavy"})
    public String forces;

    private Force a;
    private Force b;
    private Force a500;
    private Force b500;
    private Engagement engagement;
    private Plan plan;
    private SplittableRandom random;

    @Setup
    public void setup() {
        if (forces.equals("shipped-2009")) {
            var postures = Postures.resolve("us-russia-2009", null);
            a = ForceResolver.resolve(Postures.of(postures, Party.US));
            b = ForceResolver.resolve(Postures.of(postures, Party.RU));
        } else {
            int launcherSpread = forces.equals("synthetic-15") ? 50 : 90;
            a = synthetic("US", 15, launcherSpread, new Random(15));
            b = synthetic("RU", 15, launcherSpread, new Random(16));
        }
        engagement = Stability.engagement(a, b);
        a500 = Stability.scale(a, 500, null, ReductionRule.PROPORTIONAL);
        b500 = Stability.scale(b, 500, null, ReductionRule.PROPORTIONAL);
        plan = engagement.exchange(a, b, 0).plan();
        random = new SplittableRandom(1);
    }

    /** One operation: a two-way assessment (A strikes first, B strikes first) and the index, on a prepared engagement. */
    @Benchmark
    public Assessment assessPrepared() {
        return engagement.assess(a, b, FirstStrikeParams.DEFAULTS);
    }

    /** One operation: the same two-way assessment and index, both forces scaled to 500 warheads beforehand. */
    @Benchmark
    public Assessment assessPrepared500() {
        return engagement.assess(a500, b500, FirstStrikeParams.DEFAULTS);
    }

    /** One operation: scaling both forces to 1,000 warheads, then the two-way assessment and index. */
    @Benchmark
    public Assessment scaleAndAssess() {
        return engagement.assess(Stability.scale(a, 1000, null, ReductionRule.PROPORTIONAL),
                Stability.scale(b, 1000, null, ReductionRule.PROPORTIONAL), FirstStrikeParams.DEFAULTS);
    }

    /** One operation: a two-way assessment and index with the engagement (kill probabilities) built afresh. */
    @Benchmark
    public Assessment assessOneShot() {
        return Stability.assess(a, b, FirstStrikeParams.DEFAULTS);
    }

    /** One operation: one Monte Carlo trial of side A's full first strike (100 per invocation). */
    @Benchmark
    @OperationsPerInvocation(TRIALS)
    public MonteCarloResult monteCarloTrials() {
        return MonteCarlo.run(plan, TRIALS, random);
    }

    /**
     * A force of {@code n} systems cycling through the categories, parameters drawn from {@code r}: 10 to
     * {@code 10 + spread} launchers a system (SLBMs up to 10 + 5/3 * spread).
     */
    static Force synthetic(String party, int n, int spread, Random r) {
        StringBuilder sb = new StringBuilder("party,system,category,deployed,warheads_total,weapons_per_bomber,"
                + "yield_kt,cep_m,reliability,hardness_psi,survivable_share,launchers_per_aimpoint\n");
        List<String> categories = List.of("ICBM", "SLBM", "MOBILE_ICBM", "HEAVY_BOMBER", "HEAVY_ICBM");
        for (int i = 0; i < n; i++) {
            String cat = categories.get(i % categories.size());
            int launchers = 10 + r.nextInt(cat.equals("SLBM") ? spread * 5 / 3 : spread);
            int load = cat.equals("HEAVY_BOMBER") ? 6 + r.nextInt(11) : cat.equals("HEAVY_ICBM") ? 10
                    : 1 + r.nextInt(cat.equals("SLBM") ? 6 : 3);
            boolean bomber = cat.equals("HEAVY_BOMBER");
            boolean silo = cat.equals("ICBM") || cat.equals("HEAVY_ICBM");
            sb.append(String.format(Locale.ROOT, "%s,S%d,%s,%d,%s,%s,%d,%d,0.8,%d,%s,%d%n", party, i, cat, launchers,
                    bomber ? "" : Integer.toString(launchers * load), bomber ? Integer.toString(load) : "",
                    100 + r.nextInt(700), 100 + r.nextInt(300), silo ? 1000 + r.nextInt(3000) : 5 + r.nextInt(10),
                    cat.equals("SLBM") ? "0.5" : cat.equals("MOBILE_ICBM") ? "0.25" : "0",
                    cat.equals("SLBM") ? 16 : cat.equals("MOBILE_ICBM") ? 9 : bomber ? 20 : 1));
        }
        return ForceResolver.resolve(PostureReader.parse("synthetic-" + party + ".csv", sb.toString(), null).get(0));
    }
}
