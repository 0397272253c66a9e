package org.treatylab.bench.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.preference.Bound;
import org.treatylab.negotiation.preference.HyperRectangle;
import org.treatylab.negotiation.preference.Profile;

/**
 * The exact Pareto frontier (with Nash, Kalai-Smorodinsky and welfare) of two random additive profiles.
 *
 * <ul>
 *   <li>{@code enumerated}: every outcome enumerated (forced, although the profiles are additive), 10^4, 10^6 and
 *       10^7 outcomes;</li>
 *   <li>{@code enumeratedNonAdditive}: the same profiles plus 20 two-issue hyper-rectangles each, so enumeration is
 *       the only exact way, 10^6 and 10^7 outcomes;</li>
 *   <li>{@code merged}: per-issue frontiers merged without enumeration, the same sizes and 10^9 (9 issues of 10
 *       values) and 10^12.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ParetoBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class ParetoBenchmark {
    /** Domains to enumerate. */
    @State(Scope.Benchmark)
    public static class Enumerated {
        @Param({"10000", "1000000", "10000000"})
        long outcomes;

        List<Profile> profiles;

        @Setup
        public void setup() {
            profiles = Scenarios.tenValues(Scenarios.issuesFor(outcomes), 7);
        }
    }

    /** Domains to merge. */
    @State(Scope.Benchmark)
    public static class Merged {
        @Param({"10000", "1000000", "10000000", "1000000000", "1000000000000"})
        long outcomes;

        List<Profile> profiles;

        @Setup
        public void setup() {
            profiles = Scenarios.tenValues(Scenarios.issuesFor(outcomes), 7);
        }
    }

    /** Domains to enumerate, each profile with 20 random hyper-rectangles on top of its additive part. */
    @State(Scope.Benchmark)
    public static class NonAdditive {
        @Param({"1000000", "10000000"})
        long outcomes;

        List<Profile> profiles;

        @Setup
        public void setup() {
            SplittableRandom r = new SplittableRandom(11);
            profiles = new ArrayList<>();
            for (Profile p : Scenarios.tenValues(Scenarios.issuesFor(outcomes), 7)) {
                List<HyperRectangle> rects = new ArrayList<>();
                for (int k = 0; k < 20; k++) {
                    int a = r.nextInt(p.domain().issueCount());
                    int b = (a + 1 + r.nextInt(p.domain().issueCount() - 1)) % p.domain().issueCount();
                    rects.add(HyperRectangle.including(0.05 * r.nextDouble(),
                            new Bound(p.domain().issue(a).id(), r.nextInt(5), 5 + r.nextInt(5)),
                            new Bound(p.domain().issue(b).id(), r.nextInt(5), 5 + r.nextInt(5))));
                }
                profiles.add(new Profile(p.name(), p.utility().with(rects, List.of()), p.reservation(), 1));
            }
        }
    }

    /** One operation: the exact frontier and solutions of two non-additive profiles, enumerating every outcome. */
    @Benchmark
    public Analysis enumeratedNonAdditive(NonAdditive s) {
        return Analyzer.analyze(s.profiles);
    }

    /** One operation: the exact frontier and solutions of two additive profiles, enumeration forced. */
    @Benchmark
    public Analysis enumerated(Enumerated s) {
        return Analyzer.analyze(s.profiles, Analyzer.Limits.DEFAULT.enumerating());
    }

    /** One operation: the exact frontier and solutions of two additive profiles by merging, no enumeration. */
    @Benchmark
    public Analysis merged(Merged s) {
        return Analyzer.analyze(s.profiles);
    }
}
