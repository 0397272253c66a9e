package org.treatylab.sweep.stats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact sum of doubles, whatever the order of addition: every finite double is a whole multiple of 2^-1074, so
 * the sum is kept as one wide fixed-point integer (32-bit digits in longs, carries settled lazily). Two engines that
 * add the same values in different orders and partitions therefore get the same bits, which is what lets a Spark run
 * and a local run agree exactly. Rounded once, at the end.
 *
 * <p>Not thread-safe; combine per-thread sums with {@link #merge}.
 */
public final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Bit positions 0..2098 for the mantissas (2^-1074 .. 2^1024) plus 96 bits of headroom for the count. */
    private static final int LIMBS = 70;
    private static final int SETTLE_EVERY = 1 << 29;
    private static final BigDecimal ULP = new BigDecimal(BigInteger.ONE).divide(
            new BigDecimal(BigInteger.ONE.shiftLeft(1074)));

    private final long[] limb = new long[LIMBS];
    private int pending;
    private long count;

    /**
     * Adds a finite value.
     *
     * @throws IllegalArgumentException for NaN or an infinity (a sweep's missing values are skipped, not summed)
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("only finite values can be summed exactly, got " + x);
        }
        count++;
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int position;
        if (exp == 0) {
            position = 0;
        } else {
            mantissa |= 1L << 52;
            position = exp - 1;
        }
        if (mantissa == 0) {
            return;
        }
        long sign = bits < 0 ? -1 : 1;
        int index = position >>> 5;
        int shift = position & 31;
        // mantissa << shift spans at most 85 bits: three 32-bit digits
        long low = (mantissa << shift) & 0xFFFFFFFFL;
        long mid = shift == 0 ? (mantissa >>> 32) : ((mantissa >>> (32 - shift)) & 0xFFFFFFFFL);
        long high = shift == 0 ? 0 : (mantissa >>> (64 - shift));
        limb[index] += sign * low;
        limb[index + 1] += sign * mid;
        limb[index + 2] += sign * high;
        if (++pending >= SETTLE_EVERY) {
            settle();
        }
    }

    /** Adds another sum into this one. */
    public void merge(ExactSum other) {
        other.settle();
        settle();
        for (int i = 0; i < LIMBS; i++) {
            limb[i] += other.limb[i];
        }
        count += other.count;
        settle();
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** The exact sum rounded to the nearest double. */
    public double value() {
        return exact().doubleValue();
    }

    /** The exact sum. */
    public BigDecimal exact() {
        settle();
        BigInteger n = BigInteger.ZERO;
        for (int i = LIMBS - 1; i >= 0; i--) {
            n = n.shiftLeft(32).add(BigInteger.valueOf(limb[i]));
        }
        return n.signum() == 0 ? BigDecimal.ZERO : new BigDecimal(n).multiply(ULP).stripTrailingZeros();
    }

    /** The mean of n values of exact sum {@code sum}, rounded once; NaN for none. */
    public static double mean(BigDecimal sum, long n) {
        return n == 0 ? Double.NaN : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
    }

    /**
     * The variance of n values from the exact sums of the values and of their squares, rounded once; with
     * {@code sample} the n − 1 denominator, else n. NaN for too few values.
     */
    public static double variance(BigDecimal sum, BigDecimal squares, long n, boolean sample) {
        long d = sample ? n - 1 : n;
        if (d < 1) {
            return Double.NaN;
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal num = bn.multiply(squares).subtract(sum.multiply(sum));
        return Math.max(0, num.divide(bn.multiply(BigDecimal.valueOf(d)), MathContext.DECIMAL128).doubleValue());
    }

    private void settle() {
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = limb[i] + carry;
            if (i == LIMBS - 1) {
                limb[i] = v;
            } else {
                limb[i] = v & 0xFFFFFFFFL;
                carry = v >> 32;
            }
        }
        pending = 0;
    }
}
