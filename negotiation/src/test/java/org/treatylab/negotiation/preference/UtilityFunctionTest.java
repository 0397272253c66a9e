package org.treatylab.negotiation.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.TestScenarios;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.IntegerIssue;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.RealIssue;

class UtilityFunctionTest {
    private final Domain d = Domain.of("d", IntegerIssue.of("n", 0, 4), DiscreteIssue.of("c", "r", "g", "b"),
            RealIssue.of("x", 0, 1, 4));

    @Test
    void additive_withRectangleAndPairTerms_sumsWeightedEvaluationsAndTheTermsThatApply() {
        UtilityFunction base = TestScenarios.additive(d, Map.of("n", 0.5, "c", 0.3, "x", 0.2),
                Map.of("n", new LinearEvaluator(0, 0, 4, 1), "c", ValueTable.of(0.2, 1, 0.6),
                        "x", new TriangularEvaluator(0, 0.5, 1)));
        // n = 2 -> 0.5 * 0.5; c = b -> 0.3 * 0.6; x = 0.25 -> 0.2 * 0.5
        assertThat(base.utility(d.outcome(2, 2, 1))).isCloseTo(0.25 + 0.18 + 0.1, within(1e-12));
        assertThat(base.isAdditive()).isTrue();
        UtilityFunction linked = base.with(
                List.of(HyperRectangle.including(0.2, Bound.between(d.issue(0), new IntegerValue(1),
                        new IntegerValue(2)), new Bound(d.issue(1).id(), 1, 2)),
                        new HyperRectangle(List.of(new Bound(d.issue(2).id(), 0, 1)), -0.05, false)),
                List.of(new PairTerm(d.issue(0).id(), 2, d.issue(2).id(), 1, 0.07)));
        assertThat(linked.isAdditive()).isFalse();
        // inside the including rectangle (+0.2), x index 1 is within the excluding one's bound (no -0.05), pair +0.07
        assertThat(linked.utility(d.outcome(2, 2, 1))).isCloseTo(0.53 + 0.2 + 0.07, within(1e-12));
        // n = 3 is outside the including rectangle; x index 3 is outside the excluding bound (-0.05)
        assertThat(linked.utility(d.outcome(3, 2, 3))).isCloseTo(base.utility(d.outcome(3, 2, 3)) - 0.05,
                within(1e-12));
        assertThat(linked.utilityOf(new int[] {2, 2, 1})).isEqualTo(linked.utility(d.outcome(2, 2, 1)));
    }

    @Test
    void linearEvaluator_isCutToTheUnitInterval_likeGenius() {
        LinearEvaluator e = new LinearEvaluator(0, -0.5, 4, 1.5);
        assertThat(e.evaluate(d.issue(0), 0)).isZero();
        assertThat(e.evaluate(d.issue(0), 2)).isEqualTo(0.5);
        assertThat(e.evaluate(d.issue(0), 4)).isEqualTo(1);
    }

    @Test
    void construction_rejectsBadWeightsEvaluationsAndForeignTerms() {
        assertThatThrownBy(() -> TestScenarios.additive(d, Map.of("n", 0.5, "c", 0.3),
                Map.of("n", new ConstantEvaluator(1), "c", new ConstantEvaluator(1), "x", new ConstantEvaluator(1))))
                .hasMessage("weights: expected the issues [c, n, x], got [c, n]");
        assertThatThrownBy(() -> TestScenarios.additive(d, Map.of("n", 0.5, "c", 0.3, "x", 0.3),
                Map.of("n", new ConstantEvaluator(1), "c", new ConstantEvaluator(1), "x", new ConstantEvaluator(1))))
                .hasMessageStartingWith("weights: expected a sum of 1, got 1.1");
        assertThatThrownBy(() -> TestScenarios.additive(d, Map.of("n", 0.5, "c", 0.3, "x", 0.2),
                Map.of("n", new ConstantEvaluator(1), "c", ValueTable.of(1, 1), "x", new ConstantEvaluator(1))))
                .hasMessageStartingWith("evaluator of 'c': ValueTable[evaluations=[1.0, 1.0]] does not fit an issue "
                        + "with 3 discrete values");
        assertThatThrownBy(() -> ValueTable.of(0.5, 1.2)).hasMessage("evaluation 1: expected a number in [0, 1], "
                + "got 1.2");
        assertThatThrownBy(() -> UtilityFunction.rectangles(d, List.of(HyperRectangle.including(1,
                new Bound(d.issue(1).id(), 0, 3))))).hasMessage("hyper-rectangle 0, bound on 'c': value index 3 is "
                + "beyond the issue's 3 values");
        assertThatThrownBy(() -> new Profile("p", TestScenarios.a().utility(), 0, 0))
                .hasMessage("profile 'p' discount: expected a number in (0, 1], got 0.0");
    }

    @Test
    void ranked_sortsEveryOutcomeBestFirst_andFindsTheLowestAboveATarget() {
        UtilityFunction u = TestScenarios.a().utility();
        RankedOutcomes r = u.ranked();
        assertThat(r.size()).isEqualTo(6);
        for (int i = 1; i < r.size(); i++) {
            assertThat(r.utility(i)).isLessThanOrEqualTo(r.utility(i - 1));
        }
        assertThat(r.utility(r.lowestAtLeast(0.65))).isCloseTo(0.7, within(1e-12));
        assertThat(r.lowestAtLeast(2)).isZero();
        assertThat(r.countAtLeast(0.6)).isEqualTo(3);
        assertThat(u.ranked()).as("built once").isSameAs(r);
    }

    @Test
    void tabulated_givesEachOutcomeItsTableValue_andAnalysesEnumerateIt() {
        org.treatylab.negotiation.model.Domain d = org.treatylab.negotiation.TestScenarios.XY;
        double[] table = {0.1, 0.9, 0.4, 0.6, 0.7, 0.2};
        UtilityFunction u = UtilityFunction.tabulated(d, table);
        assertThat(u.isAdditive()).isFalse();
        for (int r = 0; r < 6; r++) {
            org.treatylab.negotiation.model.Outcome o = d.outcomeAt(r);
            assertThat(u.utility(o)).isEqualTo(table[r]);
            assertThat(u.utilityOf(o.valueIndices())).isEqualTo(table[r]);
        }
        double[] last = new double[2];
        u.termsOverLastIssue(new int[] {1, 0}, last);
        assertThat(last).containsExactly(0.4, 0.6);
        assertThat(u.ranked().utility(0)).isEqualTo(0.9);
        assertThat(u).isEqualTo(UtilityFunction.tabulated(d, table.clone()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UtilityFunction.tabulated(d, new double[5]))
                .hasMessageContaining("has 6 outcomes, the table 5");
        // the analysis of two tabulated profiles equals that of the additive profiles they tabulate
        org.treatylab.negotiation.preference.Profile a = org.treatylab.negotiation.TestScenarios.a();
        org.treatylab.negotiation.preference.Profile b = org.treatylab.negotiation.TestScenarios.b();
        double[] ta = new double[6];
        double[] tb = new double[6];
        for (int r = 0; r < 6; r++) {
            ta[r] = a.utility(d.outcomeAt(r));
            tb[r] = b.utility(d.outcomeAt(r));
        }
        var x = org.treatylab.negotiation.analysis.Analyzer.analyze(List.of(a, b));
        var y = org.treatylab.negotiation.analysis.Analyzer.analyze(List.of(
                new org.treatylab.negotiation.preference.Profile("A", UtilityFunction.tabulated(d, ta), 0.3, 1),
                new org.treatylab.negotiation.preference.Profile("B", UtilityFunction.tabulated(d, tb), 0.2, 1)));
        assertThat(y.nash().orElseThrow().outcome()).isEqualTo(x.nash().orElseThrow().outcome());
        assertThat(y.kalaiSmorodinsky().orElseThrow().outcome()).isEqualTo(x.kalaiSmorodinsky().orElseThrow().outcome());
        assertThat(y.pareto().size()).isEqualTo(x.pareto().size());
    }
}
