package org.treatylab.sweep.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.sweep.Jobs;
import org.treatylab.sweep.model.Plan;

/**
 * The Sobol estimators against functions whose indices are known in closed form. The runs are seeded, so these are
 * exact regressions too; the stated tolerance (0.03 absolute at N = 16,384) is what the estimators' Monte Carlo error
 * allows, about three times their standard error here.
 */
class SobolTest {

    private static Summary run(Plan plan) {
        LocalSummariser s = new LocalSummariser(plan);
        Plan.Evaluator ev = plan.evaluator();
        for (long i = 0; i < plan.evaluations(); i++) {
            s.accept(ev.evaluate(i));
        }
        return s.finish();
    }

    @Test
    void ishigami_indicesWithinTolerance() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = 8 * b * b * pi8 / 225;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        assertThat(first[0]).isCloseTo(0.3139, within(1e-4));
        assertThat(total[2]).isCloseTo(0.2437, within(1e-4));

        Sensitivity s = run(Plan.of(Jobs.ishigami(16_384, 11))).sensitivity().get(0);
        assertThat(s.samples()).isEqualTo(16_384);
        assertThat(s.variance()).isCloseTo(v, within(0.03 * v));
        for (int i = 0; i < 3; i++) {
            SobolIndex x = s.indices().get(i);
            assertThat(x.input()).isEqualTo("x" + (i + 1));
            assertThat(x.first()).as("S%d", i + 1).isCloseTo(first[i], within(0.03));
            assertThat(x.total()).as("ST%d", i + 1).isCloseTo(total[i], within(0.03));
            assertThat(x.firstHalfWidth()).isPositive().isLessThan(0.05);
        }
    }

    @Test
    void linearFunction_indicesAreShareOfVariance() {
        // y = 1 x1 + 2 x2 + 3 x3, x uniform on [0, 1] (variance 1/12 each): S_i = ST_i = c_i^2 / 14
        String u = "'distribution':{'type':'uniform','low':0,'high':1}";
        Plan plan = Plan.of(Jobs.parse("{'name':'lin','kind':'sensitivity','seed':5,'samples':8192,"
                + "'model':{'type':'function','name':'linear','coefficients':[1,2,3]},"
                + "'vary':[{'parameter':'x1'," + u + "},{'parameter':'x2'," + u + "},{'parameter':'x3'," + u + "}],"
                + "'summary':{'sobol':['y']}}"));
        List<SobolIndex> idx = run(plan).sensitivity().get(0).indices();
        double[] expected = {1 / 14.0, 4 / 14.0, 9 / 14.0};
        for (int i = 0; i < 3; i++) {
            assertThat(idx.get(i).first()).isCloseTo(expected[i], within(0.03));
            assertThat(idx.get(i).total()).isCloseTo(expected[i], within(0.03));
        }
    }
}
