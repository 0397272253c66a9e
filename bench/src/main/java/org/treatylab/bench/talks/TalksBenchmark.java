package org.treatylab.bench.talks;

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
import org.treatylab.domain.Party;
import org.treatylab.talks.play.Ensemble;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.restructure.Ceilings;
import org.treatylab.talks.restructure.Restructured;
import org.treatylab.talks.restructure.Restructurer;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Scenarios;

/**
 * The main job's cost: {@code talks start-2009} derives the preferences once (restructuring both parties under every
 * set of ceilings, the engines' assessments, the expected-utility table over 90,720 outcomes), analyses the outcome
 * space (Nash and Kalai-Smorodinsky points) and plays the default ensemble of 125 runs; the goal is under 15 s on the
 * 2-core build machine. Also one restructuring (a linear programme) alone.
 *
 * <p>Run: {@code mvn -B -q package -pl bench -am -DskipTests && java -jar bench/target/benchmarks.jar TalksBenchmark}
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class TalksBenchmark {
    private Scenario scenario;
    private Talks talks;
    private Ceilings ceilings;

    @Setup
    public void setup() {
        scenario = Scenarios.resolve("start-2009");
        talks = Talks.prepare(scenario);
        talks.analysis();
        ceilings = new Ceilings(1550L, 700L, 800L, true);
    }

    /** What the command does, end to end (without printing): derive, analyse, play the ensemble. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Ensemble.Robustness startToSummary() {
        Talks t = Talks.prepare(scenario);
        t.analysis();
        return Ensemble.run(t, Ensemble.DEFAULT);
    }

    /**
     * {@code talks after-new-start-2026} without printing: derive the three delegations' preferences (64,800
     * outcomes), analyse, play the scenario's ensemble (125 runs), then derive and play the bilateral alternative
     * (12,960 outcomes, 25 runs); the goal is under 15 s.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Ensemble.Robustness afterNewStartWithBilateral() {
        Scenario s = Scenarios.resolve("after-new-start-2026");
        Ensemble.Spec spec = new Ensemble.Spec(s.setup().ensembleAgents(), s.setup().ensembleSeeds());
        Talks t = Talks.prepare(s);
        t.analysis();
        Ensemble.run(t, spec);
        Talks b = Talks.prepare(s.bilateral());
        b.analysis();
        return Ensemble.run(b, spec);
    }

    /** The default ensemble alone over a prepared derivation. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Ensemble.Robustness ensembleOnly() {
        return Ensemble.run(talks, Ensemble.DEFAULT);
    }

    /** One restructuring of the projected Russian forces under New START's ceilings. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Restructured restructureOnce() {
        return Restructurer.best(talks.derivation().model().inventory(Party.RU), ceilings,
                talks.derivation().model().objective(Party.RU));
    }
}
