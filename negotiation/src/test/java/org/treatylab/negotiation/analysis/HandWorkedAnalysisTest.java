package org.treatylab.negotiation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.TestScenarios;
import org.treatylab.negotiation.model.DiscreteValue;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.PairTerm;
import org.treatylab.negotiation.preference.Profile;

/** The scenario worked by hand in {@link TestScenarios}'s javadoc. */
class HandWorkedAnalysisTest {
    private static final Outcome AP = TestScenarios.XY.outcome(0, 0);
    private static final Outcome AQ = TestScenarios.XY.outcome(0, 1);
    private static final Outcome BP = TestScenarios.XY.outcome(1, 0);
    private static final Outcome BQ = TestScenarios.XY.outcome(1, 1);
    private static final Outcome CP = TestScenarios.XY.outcome(2, 0);
    private static final Outcome CQ = TestScenarios.XY.outcome(2, 1);

    @Test
    void frontier_twoIssues_isTheFiveUndominatedOutcomesBestForAFirst() {
        for (Analyzer.Limits limits : List.of(Analyzer.Limits.DEFAULT, Analyzer.Limits.DEFAULT.enumerating())) {
            Analysis a = Analyzer.analyze(List.of(TestScenarios.a(), TestScenarios.b()), limits);
            assertThat(a.outcomes()).isEqualTo(6);
            assertThat(a.pareto()).extracting(ParetoPoint::outcome).containsExactly(AP, BP, AQ, BQ, CQ);
            assertThat(a.pareto()).extracting(ParetoPoint::rational).containsExactly(false, true, true, true, false);
            assertThat(a.pareto().get(1).utilities().get(0)).isCloseTo(0.7, within(1e-12));
            assertThat(a.pareto().get(1).utilities().get(1)).isCloseTo(0.25, within(1e-12));
        }
    }

    @Test
    void solutions_twoIssues_matchTheHandWorkedValues() {
        Analysis a = Analyzer.analyze(List.of(TestScenarios.a(), TestScenarios.b()));
        assertThat(a.method()).isEqualTo(Analysis.Method.MERGED);
        assertThat(a.nash().orElseThrow().outcome()).isEqualTo(AQ);
        assertThat(a.nash().orElseThrow().value()).isCloseTo(0.09, within(1e-12));
        assertThat(a.kalaiSmorodinsky().orElseThrow().outcome()).isEqualTo(AQ);
        assertThat(a.kalaiSmorodinsky().orElseThrow().value()).isCloseTo(0.3 / 0.55, within(1e-12));
        assertThat(a.maxWelfare().outcome()).isEqualTo(AQ);
        assertThat(a.maxWelfare().value()).isCloseTo(1.1, within(1e-12));
        assertThat(a.opposition()).isCloseTo(Math.sqrt(0.41), within(1e-12));
        assertThat(a.paretoDistance(List.of(0.4, 0.5))).isCloseTo(0.2, within(1e-12));
        assertThat(a.nashDistance(List.of(0.3, 0.75)).orElseThrow()).isCloseTo(Math.sqrt(0.09 + 0.0625),
                within(1e-12));
    }

    @Test
    void solutions_highReservations_noRationalOutcome_leaveNashAndKsEmpty() {
        Profile a = TestScenarios.a();
        Profile b = TestScenarios.b();
        Analysis an = Analyzer.analyze(List.of(new Profile("A", a.utility(), 0.9, 1),
                new Profile("B", b.utility(), 0.9, 1)));
        assertThat(an.pareto()).hasSize(5).noneMatch(ParetoPoint::rational);
        assertThat(an.nash()).isEmpty();
        assertThat(an.kalaiSmorodinsky()).isEmpty();
        assertThat(an.maxWelfare().outcome()).isEqualTo(AQ);
    }

    @Test
    void frontier_pairBonusMakesCpOptimal_andDominatesBq_byEnumeration() {
        Profile b = TestScenarios.b();
        Profile linked = new Profile("B", b.utility().with(List.of(), List.of(PairTerm.of(TestScenarios.XY, "x",
                new DiscreteValue("c"), "y", new DiscreteValue("p"), 0.4))), 0.2, 1);
        assertThat(linked.utility(CP)).isCloseTo(0.9, within(1e-12));
        Analysis a = Analyzer.analyze(List.of(TestScenarios.a(), linked));
        assertThat(a.method()).isEqualTo(Analysis.Method.ENUMERATED);
        assertThat(a.pareto()).extracting(ParetoPoint::outcome).containsExactly(AP, BP, AQ, CP, CQ);
    }
}
