package org.treatylab.negotiation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Bound;
import org.treatylab.negotiation.preference.HyperRectangle;
import org.treatylab.negotiation.preference.PairTerm;
import org.treatylab.negotiation.preference.Profile;

/** Seeded random domains: the fast frontiers against brute force, and the frontier's defining properties. */
class FrontierPropertyTest {
    private static final long SEED = 20_260_501L;

    @Test
    void mergedFrontier_thousandsOfRandomAdditiveDomains_equalsBruteForce() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int trial = 0; trial < 3000; trial++) {
            List<Profile> ps = RandomScenarios.bilateral(randomDomain(r, 4, 5), r.nextLong());
            Analysis merged = Analyzer.analyze(ps);
            assertThat(merged.method()).isEqualTo(Analysis.Method.MERGED);
            List<BruteForce.Point> oracle = BruteForce.frontier(BruteForce.all(ps));
            assertSameFrontier(merged.pareto(), oracle, "trial " + trial);
        }
    }

    @Test
    void mergedFrontier_domainsWithTiedValues_equalsEnumeratedFrontierExactly() {
        // coarse evaluations (multiples of 1/4) and equal weights create many exact and near ties
        SplittableRandom r = new SplittableRandom(SEED + 1);
        for (int trial = 0; trial < 500; trial++) {
            Domain d = randomDomain(r, 4, 4);
            List<Profile> ps = List.of(coarse("A", d, r), coarse("B", d, r));
            Analysis merged = Analyzer.analyze(ps);
            Analysis enumerated = Analyzer.analyze(ps, Analyzer.Limits.DEFAULT.enumerating());
            assertThat(merged.pareto()).as("trial %d", trial).isEqualTo(enumerated.pareto());
            assertSameFrontier(merged.pareto(), BruteForce.frontier(BruteForce.all(ps)), "trial " + trial);
        }
    }

    @Test
    void enumeratedFrontier_randomNonAdditiveDomains_equalsBruteForce() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        for (int trial = 0; trial < 400; trial++) {
            Domain d = randomDomain(r, 4, 5);
            List<Profile> ps = new ArrayList<>();
            for (Profile p : RandomScenarios.bilateral(d, r.nextLong())) {
                ps.add(new Profile(p.name(), p.utility().with(rectangles(d, r), pairs(d, r)), p.reservation(), 1));
            }
            Analysis a = Analyzer.analyze(ps);
            assertThat(a.method()).isEqualTo(Analysis.Method.ENUMERATED);
            assertSameFrontier(a.pareto(), BruteForce.frontier(BruteForce.all(ps)), "trial " + trial);
        }
    }

    @Test
    void enumeratedFrontier_threeParties_equalsBruteForce() {
        SplittableRandom r = new SplittableRandom(SEED + 3);
        for (int trial = 0; trial < 200; trial++) {
            Domain d = randomDomain(r, 3, 5);
            List<Profile> ps = List.of(RandomScenarios.additive("A", d, r, 0.1), RandomScenarios.additive("B", d, r, 0.2),
                    RandomScenarios.additive("C", d, r, 0.3));
            Analysis a = Analyzer.analyze(ps);
            assertSameFrontier(a.pareto(), BruteForce.frontier(BruteForce.all(ps)), "trial " + trial);
            assertNashMaximisesProductOverAllRationalOutcomes(a, BruteForce.all(ps));
        }
    }

    @Test
    void frontier_properties_holdOnRandomDomains() {
        SplittableRandom r = new SplittableRandom(SEED + 4);
        for (int trial = 0; trial < 300; trial++) {
            List<Profile> ps = RandomScenarios.bilateral(randomDomain(r, 5, 6), r.nextLong());
            Analysis a = Analyzer.analyze(ps);
            List<BruteForce.Point> all = BruteForce.all(ps);
            for (ParetoPoint p : a.pareto()) {
                double[] u = unbox(p.utilities());
                assertThat(all).as("a frontier point is dominated").noneMatch(q -> BruteForce.dominates(q.u(), u));
            }
            for (BruteForce.Point q : all) {
                assertThat(a.pareto()).as("outcome %s is weakly dominated by a frontier point", q.outcome())
                        .anyMatch(p -> weaklyDominates(unbox(p.utilities()), q.u()));
            }
            assertNashMaximisesProductOverAllRationalOutcomes(a, all);
            double best = all.stream().mapToDouble(q -> q.u()[0] + q.u()[1]).max().orElseThrow();
            assertThat(a.maxWelfare().value()).isEqualTo(best);
        }
    }

    private static void assertNashMaximisesProductOverAllRationalOutcomes(Analysis a, List<BruteForce.Point> all) {
        double best = Double.NEGATIVE_INFINITY;
        for (BruteForce.Point q : all) {
            double p = 1;
            boolean rational = true;
            for (int i = 0; i < q.u().length; i++) {
                rational &= q.u()[i] >= a.reservations().get(i);
                p *= q.u()[i] - a.reservations().get(i);
            }
            if (rational) {
                best = Math.max(best, p);
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            assertThat(a.nash()).isEmpty();
        } else {
            assertThat(a.nash().orElseThrow().value()).isEqualTo(best);
        }
    }

    static void assertSameFrontier(List<ParetoPoint> got, List<BruteForce.Point> oracle, String what) {
        assertThat(got.stream().map(ParetoPoint::outcome).sorted(FrontierPropertyTest::byRank).toList()).as(what)
                .isEqualTo(oracle.stream().map(BruteForce.Point::outcome).sorted(FrontierPropertyTest::byRank).toList());
        for (ParetoPoint p : got) {
            BruteForce.Point q = oracle.stream().filter(o -> o.outcome().equals(p.outcome())).findFirst().orElseThrow();
            assertThat(unbox(p.utilities())).as(what).containsExactly(q.u());
        }
    }

    private static int byRank(Outcome a, Outcome b) {
        return Long.compare(a.rank(), b.rank());
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return false;
            }
        }
        return true;
    }

    static double[] unbox(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static Domain randomDomain(SplittableRandom r, int maxIssues, int maxValues) {
        int n = 1 + r.nextInt(maxIssues);
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = 1 + r.nextInt(maxValues);
        }
        return RandomScenarios.domain("random", sizes);
    }

    private static Profile coarse(String name, Domain d, SplittableRandom r) {
        java.util.Map<String, Double> w = new java.util.HashMap<>();
        java.util.Map<String, org.treatylab.negotiation.preference.IssueEvaluator> e = new java.util.HashMap<>();
        int n = d.issueCount();
        for (int i = 0; i < n; i++) {
            w.put(d.issue(i).name(), 1.0 / n);
            double[] ev = new double[d.issue(i).size()];
            for (int v = 0; v < ev.length; v++) {
                ev[v] = r.nextInt(5) / 4.0;
            }
            e.put(d.issue(i).name(), org.treatylab.negotiation.preference.ValueTable.of(ev));
        }
        return new Profile(name, org.treatylab.negotiation.TestScenarios.additive(d, w, e), 0.25, 1);
    }

    private static List<HyperRectangle> rectangles(Domain d, SplittableRandom r) {
        List<HyperRectangle> out = new ArrayList<>();
        for (int k = 1 + r.nextInt(2); k > 0; k--) {
            int i = r.nextInt(d.issueCount());
            int lo = r.nextInt(d.issue(i).size());
            int hi = lo + r.nextInt(d.issue(i).size() - lo);
            out.add(new HyperRectangle(List.of(new Bound(d.issue(i).id(), lo, hi)), r.nextDouble() * 0.3,
                    r.nextBoolean()));
        }
        return out;
    }

    private static List<PairTerm> pairs(Domain d, SplittableRandom r) {
        List<PairTerm> out = new ArrayList<>();
        if (d.issueCount() < 2) {
            return out;
        }
        for (int k = r.nextInt(3); k > 0; k--) {
            int i = r.nextInt(d.issueCount() - 1);
            int j = i + 1 + r.nextInt(d.issueCount() - i - 1);
            out.add(new PairTerm(d.issue(i).id(), r.nextInt(d.issue(i).size()), d.issue(j).id(),
                    r.nextInt(d.issue(j).size()), r.nextDouble() * 0.4 - 0.2));
        }
        return out;
    }
}
