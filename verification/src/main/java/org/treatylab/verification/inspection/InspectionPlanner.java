package org.treatylab.verification.inspection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.random.RandomGenerator;

/**
 * Detection probabilities of random on-site inspections, exact from the hypergeometric distribution and
 * cross-checked by simulation.
 *
 * <p>With {@code F} facilities of which {@code h} hold a violation and {@code n} inspected without replacement,
 * the number of violating facilities inspected is hypergeometric: P(J = j) = C(h, j) C(F-h, n-j) / C(F, n), and
 * detection is J &ge; 1, so P(detect) = 1 - C(F-h, n) / C(F, n). Binomials are exact big integers. The same formula
 * applies to items sampled among declared items.
 */
public final class InspectionPlanner {
    /** New START: 18 on-site inspections a year (10 Type One, 8 Type Two), Protocol Part Five. */
    public static final int NEW_START_PER_YEAR = 18;

    private InspectionPlanner() {
    }

    public static double detectionProbability(int facilities, int violating, int inspections) {
        new InspectionPlan(facilities, violating, inspections);
        BigInteger miss = binomial(facilities - violating, inspections);
        BigInteger all = binomial(facilities, inspections);
        return 1 - new BigDecimal(miss).divide(new BigDecimal(all), MathContext.DECIMAL128).doubleValue();
    }

    /** P(exactly j violating facilities are inspected), for j = 0..inspections. */
    public static double[] distribution(int facilities, int violating, int inspections) {
        new InspectionPlan(facilities, violating, inspections);
        BigDecimal all = new BigDecimal(binomial(facilities, inspections));
        double[] p = new double[inspections + 1];
        for (int j = 0; j <= inspections; j++) {
            BigInteger ways = binomial(violating, j).multiply(binomial(facilities - violating, inspections - j));
            p[j] = new BigDecimal(ways).divide(all, MathContext.DECIMAL128).doubleValue();
        }
        return p;
    }

    /**
     * The fewest inspections in one period that detect with at least {@code target} probability.
     *
     * @throws IllegalArgumentException when nothing is hidden (no number of inspections detects anything)
     */
    public static int inspectionsNeeded(int facilities, int violating, double target) {
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("target probability must be in (0, 1], got " + target);
        }
        if (violating <= 0) {
            throw new IllegalArgumentException("no violating facility: no number of inspections detects anything");
        }
        for (int n = 1; n <= facilities; n++) {
            if (detectionProbability(facilities, violating, n) >= target) {
                return n;
            }
        }
        return facilities;
    }

    /**
     * Facilities a party needs to hide {@code items} violations when a facility holds at most {@code perFacility}
     * of them: concentrating them is the placement least likely to be detected.
     */
    public static int facilitiesHolding(int items, int perFacility) {
        if (items < 0 || perFacility <= 0) {
            throw new IllegalArgumentException("items must be >= 0 and per-facility capacity > 0, got " + items
                    + " and " + perFacility);
        }
        return (items + perFacility - 1) / perFacility;
    }

    /** Detection within {@code periods} independent periods, each detecting with {@code perPeriod}. */
    public static double overPeriods(double perPeriod, int periods) {
        if (perPeriod < 0 || perPeriod > 1 || periods < 0) {
            throw new IllegalArgumentException("need a probability in [0, 1] and periods >= 0, got " + perPeriod
                    + " and " + periods);
        }
        return 1 - Math.pow(1 - perPeriod, periods);
    }

    /** Simulated detection rate: {@code trials} random draws of the plan's inspections. */
    public static Simulation simulate(InspectionPlan plan, int trials, RandomGenerator random) {
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive, got " + trials);
        }
        int f = plan.facilities();
        int[] order = new int[f];
        long detected = 0;
        for (int t = 0; t < trials; t++) {
            for (int i = 0; i < f; i++) {
                order[i] = i;
            }
            boolean hit = false;
            for (int i = 0; i < plan.inspections(); i++) {
                int j = i + random.nextInt(f - i);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
                hit |= order[i] < plan.violating();
            }
            if (hit) {
                detected++;
            }
        }
        return new Simulation(trials, detected);
    }

    /** Exact binomial coefficient C(n, k); zero when k is outside 0..n. */
    static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        int kk = Math.min(k, n - k);
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= kk; i++) {
            r = r.multiply(BigInteger.valueOf(n - kk + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /** The outcome of a simulation. */
    public record Simulation(long trials, long detected) {
        public double rate() {
            return (double) detected / trials;
        }

        /** Standard error of the rate, sqrt(p(1-p)/trials). */
        public double standardError() {
            double p = rate();
            return Math.sqrt(p * (1 - p) / trials);
        }
    }
}
