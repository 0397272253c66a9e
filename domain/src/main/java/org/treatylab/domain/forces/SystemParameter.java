package org.treatylab.domain.forces;

import java.util.Locale;
import java.util.Optional;

/**
 * A named property of a delivery-system type, as kept in the catalogue and overridable per posture row.
 *
 * <p>The column name in data files is {@link #column()}; each parameter knows its valid range.
 */
public enum SystemParameter {
    RANGE_KM(0, Double.MAX_VALUE, false),
    YIELD_KT(0, Double.MAX_VALUE, false),
    CEP_M(0, Double.MAX_VALUE, false),
    /** Re-entry vehicles (or bomber weapons) a launcher carries as loaded. */
    WARHEADS_PER_LAUNCHER(0, Double.MAX_VALUE, true),
    /** START I attribution: warheads counted per missile. */
    ATTRIBUTION(0, Double.MAX_VALUE, true),
    /** Long-range nuclear ALCMs a heavy bomber is equipped for (START I). */
    ALCM_EQUIPPED(0, Double.MAX_VALUE, true),
    /** Probability that a launched warhead arrives and detonates as planned. */
    RELIABILITY(0, 1, true),
    HARDNESS_PSI(0, Double.MAX_VALUE, false),
    /** Share of the system's launchers that cannot be targeted in a first strike. */
    SURVIVABLE_SHARE(0, 1, true),
    /** How many launchers one aim point destroys. */
    LAUNCHERS_PER_AIMPOINT(1, Double.MAX_VALUE, true);

    private final double min;
    private final double max;
    private final boolean minInclusive;

    SystemParameter(double min, double max, boolean minInclusive) {
        this.min = min;
        this.max = max;
        this.minInclusive = minInclusive;
    }

    /** The column name in CSV files, e.g. {@code yield_kt}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The parameter whose column name is {@code column}, if any. */
    public static Optional<SystemParameter> byColumn(String column) {
        for (SystemParameter p : values()) {
            if (p.column().equals(column)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Null when {@code value} is valid for this parameter, else the problem in words. */
    public String problemWith(double value) {
        boolean low = minInclusive ? value < min : value <= min;
        if (low || value > max) {
            String lower = (minInclusive ? ">= " : "> ") + fmt(min);
            return column() + " must be " + lower + (max == Double.MAX_VALUE ? "" : " and <= " + fmt(max))
                    + ", got " + value;
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
