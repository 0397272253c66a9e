package org.treatylab.app.stability;

import java.util.List;

/**
 * Survivors and first-strike stability across warhead ceilings (the JSON of {@code treatylab stability sweep} and
 * {@code POST /api/stability/sweep}).
 *
 * @param sides one line per side: party, source, date, warheads and vehicles
 */
public record SweepResult(String a, String b, List<String> sides, SweepParams params, List<SweepPoint> points,
        List<RuleView> rules, List<String> assumptions, List<ParameterUseView> parameters, List<ForceRow> forces) {
    public SweepResult {
        sides = List.copyOf(sides);
        points = List.copyOf(points);
        rules = List.copyOf(rules);
        assumptions = List.copyOf(assumptions);
        parameters = List.copyOf(parameters);
        forces = List.copyOf(forces);
    }

    /**
     * The model's parameters.
     *
     * @param deliveryVehicleCeiling the ceiling on deployed delivery vehicles at every point, or null
     */
    public record SweepParams(double damageExponent, double enemyWeight, double halfValueEmt, double reserve,
            Long deliveryVehicleCeiling) {
    }

    /**
     * One point: both sides cut to a ceiling (or each by a share of its own warheads) by a rule, and assessed.
     *
     * @param ceiling the warhead ceiling, or null for a cut
     * @param cutShare the share cut, or null for a ceiling
     */
    public record SweepPoint(String rule, Long ceiling, Double cutShare, long aWarheads, long bWarheads, long aVehicles,
            long bVehicles, double aSurvivors, double bSurvivors, AssessmentView assessment) {

        /** "500" for a ceiling, "90% cut" for a cut. */
        public String label() {
            return ceiling != null ? Long.toString(ceiling) : Math.round(cutShare * 100) + "% cut";
        }
    }
}
