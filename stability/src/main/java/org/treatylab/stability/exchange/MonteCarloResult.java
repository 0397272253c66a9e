package org.treatylab.stability.exchange;

/**
 * Monte Carlo estimate of the defender's surviving warheads.
 *
 * @param mean the sample mean over trials
 * @param stdDev the sample standard deviation of one trial
 * @param ci95Low lower end of the 95% confidence interval of the mean (normal approximation)
 * @param ci95High upper end of that interval
 */
public record MonteCarloResult(int trials, double mean, double stdDev, double ci95Low, double ci95High) {

    public boolean contains(double value) {
        return value >= ci95Low && value <= ci95High;
    }
}
