package org.treatylab.stability.effects;

/**
 * The standard counterforce formulas: lethal radius, single-shot and terminal kill probability.
 *
 * <p>Source: the standard forms stated in TreatyLab's reference notes ("Counterforce exchange: standard formulas",
 * carried into docs/stability.md): lethal radius of a surface burst against a target of overpressure hardness H,
 * LR[nmi] = 2.62 · Y[Mt]^(1/3) / H[psi]^(1/3); circular-normal single-shot kill probability
 * SSPK = 1 − 0.5^((LR/CEP)²); TKP = reliability · SSPK; n independent warheads kill with 1 − (1 − TKP)^n.
 * Fratricide and correlated failures are ignored, as there. The coefficient 2.62 has not been checked here against
 * a primary source.
 */
public final class WeaponEffects {
    /** Metres in one international nautical mile (exact by definition). */
    public static final double METRES_PER_NMI = 1852.0;
    private static final double LR_COEFFICIENT_NMI = 2.62;

    private WeaponEffects() {
    }

    /**
     * Lethal radius in metres of a surface burst of {@code yieldKt} against a target hardened to {@code hardnessPsi}.
     *
     * @throws IllegalArgumentException when yield or hardness is not positive
     */
    public static double lethalRadiusM(double yieldKt, double hardnessPsi) {
        requirePositive("yield_kt", yieldKt);
        requirePositive("hardness_psi", hardnessPsi);
        return LR_COEFFICIENT_NMI * Math.cbrt(yieldKt / 1000.0) / Math.cbrt(hardnessPsi) * METRES_PER_NMI;
    }

    /** Single-shot kill probability of a weapon with this lethal radius and CEP (same unit). */
    public static double sspk(double lethalRadius, double cep) {
        requirePositive("cep", cep);
        if (!(lethalRadius >= 0)) {
            throw new IllegalArgumentException("lethal radius must be >= 0, got " + lethalRadius);
        }
        double ratio = lethalRadius / cep;
        // 1 - 0.5^x written with expm1 so that tiny kill probabilities keep their digits.
        return -Math.expm1(-Math.log(2) * ratio * ratio);
    }

    /** Terminal kill probability: the warhead arrives and detonates (reliability) and kills (SSPK). */
    public static double tkp(double reliability, double sspk) {
        requireProbability("reliability", reliability);
        requireProbability("sspk", sspk);
        return reliability * sspk;
    }

    /** Kill probability of {@code n} independent warheads, each with kill probability {@code tkp}, on one target. */
    public static double killProbability(double tkp, int n) {
        requireProbability("tkp", tkp);
        if (n < 0) {
            throw new IllegalArgumentException("warheads must be >= 0, got " + n);
        }
        return 1 - Math.pow(1 - tkp, n);
    }

    /** TKP of a weapon against a target, from the physical parameters. */
    public static double tkp(double yieldKt, double cepM, double reliability, double hardnessPsi) {
        return tkp(reliability, sspk(lethalRadiusM(yieldKt, hardnessPsi), cepM));
    }

    /**
     * Equivalent megatons of one warhead, Y[Mt]^(2/3): the area a burst damages grows with the two-thirds power of
     * its yield, so EMT measures damage to area (value) targets rather than to hard points.
     */
    public static double equivalentMegatons(double yieldKt) {
        if (!(yieldKt >= 0)) {
            throw new IllegalArgumentException("yield_kt must be >= 0, got " + yieldKt);
        }
        double c = Math.cbrt(yieldKt / 1000.0);
        return c * c;
    }

    private static void requirePositive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be > 0, got " + v);
        }
    }

    private static void requireProbability(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be within [0, 1], got " + v);
        }
    }
}
