package org.treatylab.sweep.stats;

/**
 * The standard normal distribution: its cumulative distribution by Marsaglia's series (J. Stat. Software 11(4),
 * 2004; absolute error about 1e-15) and its inverse by Acklam's rational approximation (relative error 1.15e-9)
 * refined by one Newton step on the series. StrictMath throughout, so that draws do not depend on the JVM.
 */
public final class Normal {
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOG_SQRT_2PI = 0.91893853320467274178;

    private Normal() {
    }

    /** P(Z &lt;= x). */
    public static double cdf(double x) {
        if (x < -37.5) {
            return 0;
        }
        if (x > 37.5) {
            return 1;
        }
        if (Math.abs(x) > 8) {
            // the series needs many terms out here; the Mills-ratio tail is already exact to double precision
            double tail = density(x) / Math.abs(x) * (1 - 1 / (x * x) + 3 / (x * x * x * x));
            return x > 0 ? 1 - tail : tail;
        }
        double s = x;
        double t = 0;
        double b = x;
        double q = x * x;
        double i = 1;
        while (s != t) {
            t = s;
            i += 2;
            b *= q / i;
            s = t + b;
        }
        return 0.5 + s * StrictMath.exp(-0.5 * q - LOG_SQRT_2PI);
    }

    /** The standard normal density at x. */
    public static double density(double x) {
        return StrictMath.exp(-0.5 * x * x - LOG_SQRT_2PI);
    }

    /** The z with P(Z &lt;= z) = p, for p in (0, 1). */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be within (0, 1), got " + p);
        }
        double plow = 0.02425;
        double z;
        if (p < plow) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            z = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else if (p <= 1 - plow) {
            double q = p - 0.5;
            double r = q * q;
            z = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        } else {
            double q = StrictMath.sqrt(-2 * StrictMath.log(1 - p));
            z = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (Math.abs(z) < 8) {
            double dens = density(z);
            if (dens > 0) {
                z -= (cdf(z) - p) / dens;
            }
        }
        return z;
    }
}
