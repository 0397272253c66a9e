package org.treatylab.negotiation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.TestScenarios;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.preference.IssueEvaluator;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.ValueTable;

/** The three-party frontier (grid filter, then sweep with a staircase) against brute force on seeded random inputs. */
class ThreePartyFrontierTest {
    private static final long SEED = 20_261_130L;

    @Test
    void threeParties_randomAdditiveDomainsUpToTwoThousandOutcomes_equalBruteForce() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int trial = 0; trial < 150; trial++) {
            Domain d = FrontierPropertyTest.randomDomain(r, 5, 5);
            List<Profile> ps = List.of(RandomScenarios.additive("A", d, r, 0.1),
                    RandomScenarios.additive("B", d, r, 0.2), RandomScenarios.additive("C", d, r, 0.3));
            Analysis a = Analyzer.analyze(ps);
            FrontierPropertyTest.assertSameFrontier(a.pareto(), BruteForce.frontier(BruteForce.all(ps)),
                    "trial " + trial);
        }
    }

    @Test
    void threeParties_coarseEvaluationsWithManyExactTies_equalBruteForce() {
        // evaluations in quarters and equal weights: identical utility vectors and ties in one or two parties
        SplittableRandom r = new SplittableRandom(SEED + 1);
        for (int trial = 0; trial < 300; trial++) {
            Domain d = FrontierPropertyTest.randomDomain(r, 4, 5);
            List<Profile> ps = List.of(coarse("A", d, r), coarse("B", d, r), coarse("C", d, r));
            Analysis a = Analyzer.analyze(ps);
            FrontierPropertyTest.assertSameFrontier(a.pareto(), BruteForce.frontier(BruteForce.all(ps)),
                    "trial " + trial);
        }
    }

    @Test
    void skyline_randomPointsOnACoarseLattice_keepsExactlyTheNonDominated_inLexicographicOrder() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(400);
            int levels = 2 + r.nextInt(8);
            List<FrontierPoint> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(new FrontierPoint(new double[] {r.nextInt(levels), r.nextInt(levels), r.nextInt(levels)},
                        i));
            }
            List<FrontierPoint> expected = new ArrayList<>();
            for (FrontierPoint p : points) {
                if (points.stream().noneMatch(q -> EnumeratedFrontier.dominates(q.u(), p.u()))) {
                    expected.add(p);
                }
            }
            expected.sort(ThreePartyFrontier.LEXICOGRAPHIC);
            assertThat(ThreePartyFrontier.skyline(points)).as("trial %d", trial).isEqualTo(expected);
        }
    }

    private static Profile coarse(String name, Domain d, SplittableRandom r) {
        Map<String, Double> w = new HashMap<>();
        Map<String, IssueEvaluator> e = new HashMap<>();
        int n = d.issueCount();
        for (int i = 0; i < n; i++) {
            w.put(d.issue(i).name(), 1.0 / n);
            double[] ev = new double[d.issue(i).size()];
            for (int v = 0; v < ev.length; v++) {
                ev[v] = r.nextInt(5) / 4.0;
            }
            e.put(d.issue(i).name(), ValueTable.of(ev));
        }
        return new Profile(name, TestScenarios.additive(d, w, e), 0.1, 1);
    }
}
