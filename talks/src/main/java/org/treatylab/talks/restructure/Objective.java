package org.treatylab.talks.restructure;

/**
 * What a party maximises when it restructures: its own force criteria with its normalised weights,
 * w_s * survivability + w_h * hedge - w_c * cost share + w_p * parity (the other criteria do not depend on its own
 * force mix).
 *
 * @param survivability weight of survivability; scored {@link Diminishing#value} of the expected survivors
 *     (sum over systems of survival x warheads) against {@code requirement}
 * @param hedge weight of the upload hedge; scored {@link Diminishing#value} of the upload potential against
 *     {@code hedgeReference}
 * @param cost weight of the cost of forces; scored as the cost relative to keeping everything at capacity
 * @param nonDeployedShare cost of a non-deployed launcher as a share of a deployed one
 * @param warheadCost cost of keeping one warhead
 * @param parity weight of parity, scored as the mean of min(1, own / other) for counted warheads and for deployed
 *     launchers (not being behind)
 * @param parityWarheads the other side's counted warheads to compare with (0: parity not scored)
 * @param parityLaunchers the other side's deployed launchers to compare with (0: parity not scored)
 */
public record Objective(double survivability, double requirement, double hedge, double hedgeReference, double cost,
        double nonDeployedShare, double warheadCost, double parity, double parityWarheads, double parityLaunchers) {
    /** An objective without parity (or before the other side's forces are known). */
    public Objective(double survivability, double requirement, double hedge, double hedgeReference, double cost,
            double nonDeployedShare, double warheadCost) {
        this(survivability, requirement, hedge, hedgeReference, cost, nonDeployedShare, warheadCost, 0, 0, 0);
    }

    /** The same objective with parity weighed against the other side's counted warheads and deployed launchers. */
    public Objective withParity(double weight, double otherWarheads, double otherLaunchers) {
        return new Objective(survivability, requirement, hedge, hedgeReference, cost, nonDeployedShare, warheadCost,
                weight, otherWarheads, otherLaunchers);
    }

    public Objective {
        for (double v : new double[] {survivability, hedge, cost, nonDeployedShare, warheadCost, parity, parityWarheads,
            parityLaunchers}) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("objective weights and costs must be >= 0, got " + v);
            }
        }
        if (!(requirement > 0) || !(hedgeReference > 0)) {
            throw new IllegalArgumentException("requirement and hedge reference must be > 0, got " + requirement
                    + " and " + hedgeReference);
        }
    }
}
