package org.treatylab.app.talks;

import java.util.Map;
import org.treatylab.app.common.Copies;

/**
 * A set of treaty terms with the contract's keys.
 *
 * @param warheads the deployed warhead ceiling, null for no limit
 * @param deployedLaunchers the deployed delivery-vehicle ceiling, null for no limit
 * @param totalLaunchers the total launcher ceiling, null for no limit
 * @param otherIssues the options of issues the fields above do not name (a scenario's ranked issues such as
 *     {@code conventional_missiles}), issue id to option; in JSON they stand beside the fields ({@code report})
 */
public record TermsView(Long warheads, Long deployedLaunchers, Long totalLaunchers, String bomberCounting,
        String missileDefense, int inspectionsPerYear, boolean telemetry, boolean uniqueIds, int durationYears,
        Map<String, String> otherIssues) {
    /** The JSON keys of the fields, which {@link #otherIssues} never repeats. */
    public static final java.util.List<String> KEYS = java.util.List.of("warheads", "deployed_launchers",
            "total_launchers", "bomber_counting", "missile_defense", "inspections_per_year", "telemetry", "unique_ids",
            "duration_years");

    public TermsView {
        otherIssues = Copies.ordered(otherIssues);
    }
}
