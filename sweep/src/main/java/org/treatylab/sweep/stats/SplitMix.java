package org.treatylab.sweep.stats;

/**
 * The random numbers of one evaluation: SplitMix64 (Steele, Lea &amp; Flood, OOPSLA 2014) started from a seed mixed
 * with a row index, so that every row of a sweep draws the same numbers on any engine, in any order, on any machine.
 *
 * <p>Written out here rather than taken from {@code java.util.SplittableRandom}, whose algorithm the JDK does not
 * promise to keep: a sweep's results must not change with the Java version.
 */
public final class SplitMix {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    private SplitMix(long state) {
        this.state = state;
    }

    /** The generator of row {@code row} of a job seeded with {@code seed}. */
    public static SplitMix of(long seed, long row) {
        return new SplitMix(mix(seed ^ mix(row + GOLDEN)));
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** A uniform double in (0, 1): 53 random bits, never 0 (inverse CDFs are then finite). */
    public double nextOpenUnit() {
        long bits = nextLong() >>> 11;
        return (bits + 0.5) * 0x1.0p-53;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
