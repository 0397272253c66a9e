package org.treatylab.stability.exchange;

/**
 * Parameters of the first-strike stability calculation (Kent &amp; Thaler, RAND R-3765-AF, 1989).
 *
 * <p>A side's cost of an exchange is {@code C = D_own^a + w · (1 − D_other^a)}, where D is the share of a side's value
 * destroyed. The exponent {@code a = 0.75} and the weight {@code w = 0.3} are the defaults TreatyLab's reference notes
 * give, read from an open calculator that cites R-3765 (App. C p. 61; pp. 22, 26, 29): <b>unconfirmed</b>, not
 * checked against the report. The damage function is TreatyLab's own assumption: value is destroyed as
 * {@code D(E) = 1 − 0.5^(E / halfValueEmt)} by E arriving equivalent megatons.
 *
 * @param damageExponent a, the exponent on damage shares (unconfirmed default 0.75)
 * @param enemyWeight w, the weight of the other side's undamaged value in one's cost (unconfirmed default 0.3)
 * @param halfValueEmt arriving equivalent megatons that destroy half of a side's value (assumption, default 50)
 * @param reserve share of each attacking missile system's warheads held back from counterforce, in [0, 1)
 * @param resolution the striker compares {@code resolution + 1} evenly spaced attack sizes, from none to its full
 *     strike, when it chooses where to stop
 */
public record FirstStrikeParams(double damageExponent, double enemyWeight, double halfValueEmt, double reserve,
        int resolution) {

    /** Exponent default: unconfirmed (see the class comment). */
    public static final double DEFAULT_EXPONENT = 0.75;
    /** Weight default: unconfirmed (see the class comment). */
    public static final double DEFAULT_ENEMY_WEIGHT = 0.3;
    /**
     * Assumption: about 230 arriving 100-kt warheads (0.215 EMT each) destroy half of a side's urban-industrial
     * value, in keeping with the common observation that a few hundred warheads on the largest cities destroy most
     * of a country's industry. A modelling choice, not a sourced figure.
     */
    public static final double DEFAULT_HALF_VALUE_EMT = 50;
    public static final int DEFAULT_RESOLUTION = 64;
    private static final double LN2 = Math.log(2);

    public static final FirstStrikeParams DEFAULTS = new FirstStrikeParams(DEFAULT_EXPONENT, DEFAULT_ENEMY_WEIGHT,
            DEFAULT_HALF_VALUE_EMT, 0, DEFAULT_RESOLUTION);

    public FirstStrikeParams {
        if (!(damageExponent > 0) || Double.isInfinite(damageExponent)) {
            throw new IllegalArgumentException("damage exponent must be > 0, got " + damageExponent);
        }
        if (!(enemyWeight >= 0) || Double.isInfinite(enemyWeight)) {
            throw new IllegalArgumentException("enemy weight must be >= 0, got " + enemyWeight);
        }
        if (!(halfValueEmt > 0) || Double.isInfinite(halfValueEmt)) {
            throw new IllegalArgumentException("half-value EMT must be > 0, got " + halfValueEmt);
        }
        if (!(reserve >= 0 && reserve < 1)) {
            throw new IllegalArgumentException("reserve must be within [0, 1), got " + reserve);
        }
        if (resolution < 1) {
            throw new IllegalArgumentException("resolution must be >= 1, got " + resolution);
        }
    }

    public FirstStrikeParams withReserve(double r) {
        return new FirstStrikeParams(damageExponent, enemyWeight, halfValueEmt, r, resolution);
    }

    /** Share of value destroyed by {@code emt} arriving equivalent megatons. */
    public double damage(double emt) {
        // exp and log are intrinsics; expm1 and pow are not, and this runs in the engine's innermost loop.
        return emt <= 0 ? 0 : 1 - Math.exp(-LN2 * emt / halfValueEmt);
    }

    /** A side's cost: its own damage share and the other side's, as in Kent &amp; Thaler. */
    public double cost(double ownDamage, double otherDamage) {
        return ownTerm(ownDamage) + otherTerm(otherDamage);
    }

    /** The first term of {@link #cost}: the side's own damage share to the damage exponent. */
    double ownTerm(double ownDamage) {
        return power(ownDamage);
    }

    /** The second term of {@link #cost}: the enemy weight times the share of the other side left undamaged. */
    double otherTerm(double otherDamage) {
        return enemyWeight * (1 - power(otherDamage));
    }

    private double power(double share) {
        return share <= 0 ? 0 : Math.exp(damageExponent * Math.log(share));
    }
}
