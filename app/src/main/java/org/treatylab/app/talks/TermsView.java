package org.treatylab.app.talks;

/**
 * A set of treaty terms with the contract's keys.
 *
 * @param warheads the deployed warhead ceiling, null for no limit
 * @param deployedLaunchers the deployed delivery-vehicle ceiling, null for no limit
 * @param totalLaunchers the total launcher ceiling, null for no limit
 */
public record TermsView(Long warheads, Long deployedLaunchers, Long totalLaunchers, String bomberCounting,
        String missileDefense, int inspectionsPerYear, boolean telemetry, boolean uniqueIds, int durationYears) {
}
