package org.treatylab.verification.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InspectionPlannerTest {

    @Test
    void detection_handWorkedCases_match() {
        assertThat(InspectionPlanner.detectionProbability(10, 1, 1)).isCloseTo(0.1, within(1e-15));
        // 1 - C(8,3)/C(10,3) = 1 - 56/120
        assertThat(InspectionPlanner.detectionProbability(10, 2, 3)).isCloseTo(1 - 56.0 / 120, within(1e-15));
        assertThat(InspectionPlanner.detectionProbability(10, 0, 5)).isZero();
        assertThat(InspectionPlanner.detectionProbability(10, 2, 9)).isEqualTo(1.0);
    }

    @Test
    void distribution_sumsToOneAndMatchesDetection() {
        double[] p = InspectionPlanner.distribution(35, 4, 18);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(1 - p[0]).isCloseTo(InspectionPlanner.detectionProbability(35, 4, 18), within(1e-12));
    }

    @Test
    void simulation_seeded_agreesWithExactWithinFourStandardErrors() {
        for (int[] c : new int[][] {{35, 1, 18}, {35, 3, 18}, {60, 2, 10}, {12, 5, 4}}) {
            InspectionPlan plan = new InspectionPlan(c[0], c[1], c[2]);
            InspectionPlanner.Simulation s = InspectionPlanner.simulate(plan, 200_000, new SplittableRandom(c[0] * 31L + c[1]));
            assertThat(s.rate()).as("plan %s", plan)
                    .isCloseTo(plan.detectionProbability(), within(4 * s.standardError() + 1e-9));
        }
    }

    @Test
    void inspectionsNeeded_isTheSmallestReachingTheTarget() {
        int n = InspectionPlanner.inspectionsNeeded(35, 2, 0.9);
        assertThat(InspectionPlanner.detectionProbability(35, 2, n)).isGreaterThanOrEqualTo(0.9);
        assertThat(InspectionPlanner.detectionProbability(35, 2, n - 1)).isLessThan(0.9);
        assertThat(InspectionPlanner.inspectionsNeeded(35, 2, 1.0)).isEqualTo(34);
    }

    @Test
    void newStartDefault_is18AYearCappedByFacilities() {
        assertThat(InspectionPlan.newStart(40, 1).inspections()).isEqualTo(18);
        assertThat(InspectionPlan.newStart(40, 1).detectionProbability()).isCloseTo(18.0 / 40, within(1e-15));
        assertThat(InspectionPlan.newStart(10, 1).inspections()).isEqualTo(10);
        assertThat(InspectionPlanner.overPeriods(0.5, 3)).isCloseTo(0.875, within(1e-15));
        assertThat(InspectionPlanner.facilitiesHolding(7, 3)).isEqualTo(3);
    }
}
