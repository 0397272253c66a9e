package org.treatylab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;
import org.treatylab.bench.stability.StabilityBenchmark;
import org.treatylab.bench.verification.CommitBenchmark;

/**
 * The speed goals measured in this thread's CPU time rather than wall time, for a machine shared with other jobs
 * (where JMH's wall-clock figures swing by a factor of two or more): the best of several rounds, the commit pipeline
 * interleaved with its floor so that both see the same machine.
 *
 * <ul>
 *   <li>stability: two-way assessments + index per CPU-second ({@link StabilityBenchmark#assessPrepared}), for the
 *       shipped 2009 pair and two synthetic forces of 15 systems a side;</li>
 *   <li>commitments: {@link CommitBenchmark#commitOneThread} over {@link CommitBenchmark#schemeDigestsFloor} (the
 *       digests the scheme needs, over prepared buffers), 200,000 items, the minimum of 40 interleaved rounds each.
 *   </li>
 * </ul>
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.treatylab.bench.CpuTime}
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    public static void main(String[] args) {
        for (String forces : new String[] {"shipped-2009", "synthetic-15", "synthetic-15-heavy"}) {
            StabilityBenchmark b = new StabilityBenchmark();
            b.forces = forces;
            b.setup();
            double sink = 0;
            for (int i = 0; i < 200_000; i++) {
                sink += b.assessPrepared().index();
            }
            double best = 0;
            for (int round = 0; round < 15; round++) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < 50_000; i++) {
                    sink += b.assessPrepared().index();
                }
                best = Math.max(best, 50_000 / ((THREADS.getCurrentThreadCpuTime() - t0) / 1e9));
            }
            System.out.printf(Locale.ROOT, "stability %s: %,.0f assessments per CPU-second (best of 15 rounds)%s%n",
                    forces, best, sink == 0 ? " " : "");
        }
        CommitBenchmark c = new CommitBenchmark();
        c.n = 200_000;
        c.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is "
                + "dangerous.");
        long commit = Long.MAX_VALUE;
        long floor = Long.MAX_VALUE;
        for (int round = 0; round < 40; round++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            bh.consume(c.commitOneThread());
            long t1 = THREADS.getCurrentThreadCpuTime();
            try {
                bh.consume(c.schemeDigestsFloor());
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            long t2 = THREADS.getCurrentThreadCpuTime();
            commit = Math.min(commit, t1 - t0);
            floor = Math.min(floor, t2 - t1);
        }
        System.out.printf(Locale.ROOT, "commit 200,000 items, one thread: %.1f ms of CPU; floor %.1f ms; ratio %.2f%n",
                commit / 1e6, floor / 1e6, (double) commit / floor);
    }
}
