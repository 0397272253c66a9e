package org.treatylab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

/**
 * Counting and compliance of the START I MOU posture (both parties) per second.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CountingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CountingBenchmark {
    private Treaty start;
    private List<Posture> mou;

    @Setup
    public void setup() {
        start = Treaties.byId("start-1").orElseThrow();
        mou = Postures.resolve("start1-mou-1990", null);
    }

    /** One operation: START I compliance of every posture of the 1990 MOU data (both parties) on one date. */
    @Benchmark
    public void assessMou(Blackhole bh) {
        for (Posture p : mou) {
            bh.consume(Compliance.assess(start, p, java.time.LocalDate.of(2001, 12, 5)));
        }
    }
}
