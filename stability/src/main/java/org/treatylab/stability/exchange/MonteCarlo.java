package org.treatylab.stability.exchange;

import java.util.random.RandomGenerator;

/**
 * Replays a {@link Plan} with random outcomes: each warhead works with its reliability and lands at a circular-normal
 * offset whose median miss is the CEP; it destroys its aim point when it lands within the lethal radius. This samples
 * the physics the analytic SSPK formula integrates, so agreement between the two checks both.
 */
public final class MonteCarlo {
    /** z for a two-sided 95% normal interval. */
    private static final double Z95 = 1.959963984540054;

    private MonteCarlo() {
    }

    /**
     * Runs {@code trials} independent trials of the plan.
     *
     * @param random the generator; the same seed gives the same result
     */
    public static MonteCarloResult run(Plan plan, int trials, RandomGenerator random) {
        if (trials < 2) {
            throw new IllegalArgumentException("trials must be >= 2 for an interval, got " + trials);
        }
        double[] sigma = new double[plan.cepM.length];
        for (int i = 0; i < sigma.length; i++) {
            // CEP is the median miss distance of a circular normal: CEP = sigma * sqrt(2 ln 2).
            sigma[i] = plan.cepM[i] / Math.sqrt(2 * Math.log(2));
        }
        double sum = 0;
        double sumSq = 0;
        for (int t = 0; t < trials; t++) {
            double x = trial(plan, sigma, random);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / trials;
        double variance = Math.max(0, (sumSq - trials * mean * mean) / (trials - 1));
        double halfWidth = Z95 * Math.sqrt(variance / trials);
        return new MonteCarloResult(trials, mean, Math.sqrt(variance), mean - halfWidth, mean + halfWidth);
    }

    private static double trial(Plan plan, double[] sigma, RandomGenerator random) {
        double survivors = plan.untargetable;
        for (Plan.Target target : plan.targets) {
            int[] weapons = target.weapons();
            for (long a = 0; a < target.aimpoints(); a++) {
                if (survives(plan, target.system(), weapons, sigma, random)) {
                    survivors += target.value();
                }
            }
        }
        return survivors;
    }

    private static boolean survives(Plan plan, int system, int[] weapons, double[] sigma, RandomGenerator random) {
        for (int w : weapons) {
            if (random.nextDouble() >= plan.reliability[w]) {
                continue;
            }
            double dx = random.nextGaussian() * sigma[w];
            double dy = random.nextGaussian() * sigma[w];
            double lr = plan.lethalRadiusM[w][system];
            if (dx * dx + dy * dy <= lr * lr) {
                return false;
            }
        }
        return true;
    }
}
