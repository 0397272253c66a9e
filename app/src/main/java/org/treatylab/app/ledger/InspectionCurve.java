package org.treatylab.app.ledger;

import java.util.List;

/**
 * Detection probability against the number of inspections ({@code GET /api/verify/inspections}).
 *
 * @param newStartPerYear New START's inspections a year
 * @param target the target detection probability
 * @param inspectionsNeeded the fewest inspections that reach {@code target} (the name {@code verify inspections} uses)
 */
public record InspectionCurve(int facilities, int violating, int newStartPerYear, List<DetectionPoint> points, double target,
        int inspectionsNeeded) {
    public InspectionCurve {
        points = List.copyOf(points);
    }

    /** The probability of detection with this many inspections. */
    public record DetectionPoint(int inspections, double probability) {
    }
}
