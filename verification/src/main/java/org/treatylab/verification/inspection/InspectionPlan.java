package org.treatylab.verification.inspection;

/**
 * Inspections drawn at random, without replacement, among declared facilities, some of which hold a violation
 * (an undeclared or misdeclared item). An inspection of such a facility detects it.
 *
 * @param facilities declared facilities open to inspection
 * @param violating facilities holding at least one violation
 * @param inspections inspections in the period (New START: 18 a year)
 */
public record InspectionPlan(int facilities, int violating, int inspections) {
    public InspectionPlan {
        if (facilities <= 0) {
            throw new IllegalArgumentException("facilities must be positive, got " + facilities);
        }
        if (violating < 0 || violating > facilities) {
            throw new IllegalArgumentException("violating facilities must be 0.." + facilities + ", got " + violating);
        }
        if (inspections < 0 || inspections > facilities) {
            throw new IllegalArgumentException("inspections must be 0.." + facilities
                    + " (each facility at most once in a period), got " + inspections);
        }
    }

    /** The plan with New START's 18 inspections a year, or every facility when there are fewer. */
    public static InspectionPlan newStart(int facilities, int violating) {
        return new InspectionPlan(facilities, violating, Math.min(InspectionPlanner.NEW_START_PER_YEAR, facilities));
    }

    /** Exact probability that at least one inspection finds a violation. */
    public double detectionProbability() {
        return InspectionPlanner.detectionProbability(facilities, violating, inspections);
    }
}
