package org.treatylab.app.stability;

/** Two forces and their assessment: warheads, delivery vehicles and survivors of side A and side B. */
public record ForcesView(long aWarheads, long bWarheads, long aVehicles, long bVehicles, double aSurvivors,
        double bSurvivors, AssessmentView assessment) {
}
