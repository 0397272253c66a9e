package org.treatylab.app.ledger;

/**
 * Random on-site inspections against a violation (the JSON of {@code treatylab verify inspections}).
 *
 * @param detectionProbability exact (hypergeometric) probability that the inspections find a violating facility
 * @param simulated the seeded simulation's detection rate, or null when not asked for
 * @param simulatedStandardError its standard error, or null
 * @param target the target detection probability, or null
 * @param inspectionsNeeded the fewest inspections that reach {@code target}, or null
 */
public record InspectionPlanView(int facilities, int violating, int inspections, double detectionProbability,
        Double simulated, Double simulatedStandardError, Double target, Integer inspectionsNeeded) {
}
