package org.treatylab.sweep.job;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.treatylab.sweep.stats.Normal;

/**
 * How one uncertain input is drawn: every distribution maps a uniform number in (0, 1) to a value through its
 * inverse cumulative distribution ({@link #quantile}), so that Monte Carlo draws and the Saltelli design use one
 * mechanism and any engine draws the same values from the same uniforms.
 */
public sealed interface Distribution extends Serializable {

    /** The value at cumulative probability {@code u} in (0, 1). */
    double quantile(double u);

    /** The smallest value the distribution can give. */
    double low();

    /** The largest value the distribution can give. */
    double high();

    /** The type as written in job files. */
    String type();

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            requireOrdered(low, high);
        }

        @Override
        public double quantile(double u) {
            return low + u * (high - low);
        }

        @Override
        public String type() {
            return "uniform";
        }
    }

    /** Triangular on [low, high] with its peak at {@code mode}. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            requireOrdered(low, high);
            if (!(mode >= low && mode <= high)) {
                throw new IllegalArgumentException("mode must be within [low, high], got " + mode);
            }
        }

        @Override
        public double quantile(double u) {
            double w = high - low;
            if (w == 0) {
                return low;
            }
            double f = (mode - low) / w;
            return u < f ? low + Math.sqrt(u * w * (mode - low)) : high - Math.sqrt((1 - u) * w * (high - mode));
        }

        @Override
        public String type() {
            return "triangular";
        }
    }

    /** Normal with mean and standard deviation, truncated to [low, high] (infinite bounds for none). */
    record TruncatedNormal(double mean, double sd, double low, double high) implements Distribution {
        public TruncatedNormal {
            if (!(sd > 0) || !Double.isFinite(mean) || Double.isInfinite(sd)) {
                throw new IllegalArgumentException("a normal needs a finite mean and sd > 0, got mean " + mean
                        + " and sd " + sd);
            }
            if (!(low < high)) {
                throw new IllegalArgumentException("low must be < high, got " + low + " and " + high);
            }
            if (Normal.cdf((high - mean) / sd) - Normal.cdf((low - mean) / sd) < 1e-9) {
                throw new IllegalArgumentException("[" + low + ", " + high + "] holds almost none of a normal of mean "
                        + mean + " and sd " + sd);
            }
        }

        @Override
        public double quantile(double u) {
            double pa = Normal.cdf((low - mean) / sd);
            double pb = Normal.cdf((high - mean) / sd);
            double x = mean + sd * Normal.quantile(pa + u * (pb - pa));
            return Math.min(high, Math.max(low, x));
        }

        @Override
        public String type() {
            return "normal";
        }
    }

    /** Uniform in the logarithm on [low, high], both &gt; 0: every factor of ten equally likely. */
    record LogUniform(double low, double high) implements Distribution {
        public LogUniform {
            requireOrdered(low, high);
            if (!(low > 0)) {
                throw new IllegalArgumentException("log-uniform needs low > 0, got " + low);
            }
        }

        @Override
        public double quantile(double u) {
            return low * StrictMath.exp(u * StrictMath.log(high / low));
        }

        @Override
        public String type() {
            return "log-uniform";
        }
    }

    /** One of a list of values, each equally likely. */
    record Choice(List<Double> values) implements Distribution {
        public Choice {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a choice needs at least one value");
            }
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("choice values must be finite, got " + v);
                }
            }
        }

        @Override
        public double quantile(double u) {
            int i = (int) Math.min(values.size() - 1, Math.floor(u * values.size()));
            return values.get(i);
        }

        @Override
        public double low() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        @Override
        public double high() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }

        @Override
        public String type() {
            return "choice";
        }
    }

    /**
     * The catalogue's own uncertainty: uniform over a published range ("300-335") where the catalogue gives one
     * (a range of different weapons whose row states the value used, "100-455 use 100", is not one);
     * otherwise the value ± a stated share by its status ({@code spread}: keys confirmed, estimate, assumption, and
     * row for a posture row's own value), within the parameter's valid domain. Resolved into a {@link Uniform} per
     * system when a job is prepared.
     */
    record CatalogueRange(Map<String, Double> spread) implements Distribution {
        public static final List<String> KEYS = List.of("confirmed", "estimate", "assumption", "row");

        public CatalogueRange {
            spread = Map.copyOf(spread);
            for (Map.Entry<String, Double> e : spread.entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    throw new IllegalArgumentException("unknown spread key '" + e.getKey() + "' (expected " + KEYS
                            + ")");
                }
                if (!(e.getValue() >= 0 && e.getValue() < 1)) {
                    throw new IllegalArgumentException("spread." + e.getKey() + " must be within [0, 1), got "
                            + e.getValue());
                }
            }
        }

        /** The share of the value either side for values of this status key (0 when not given). */
        public double spreadOf(String key) {
            return spread.getOrDefault(key, 0.0);
        }

        @Override
        public double quantile(double u) {
            throw new IllegalStateException("a catalogue range is resolved per system before drawing");
        }

        @Override
        public double low() {
            return Double.NaN;
        }

        @Override
        public double high() {
            return Double.NaN;
        }

        @Override
        public String type() {
            return "catalogue";
        }
    }

    private static void requireOrdered(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("low and high must be finite with low <= high, got " + low + " and "
                    + high);
        }
    }
}
