package org.treatylab.negotiation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.treatylab.negotiation.TooLargeException;
import org.treatylab.negotiation.generate.RandomScenarios;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Bound;
import org.treatylab.negotiation.preference.HyperRectangle;
import org.treatylab.negotiation.preference.Profile;

class LargeDomainTest {
    @Test
    void mergedFrontier_billionOutcomes_isMutuallyUndominated_andCoversSampledOutcomes() {
        Domain d = RandomScenarios.uniform("billion", 9, 10);
        assertThat(d.outcomeCount()).isEqualTo(1_000_000_000L);
        List<Profile> ps = RandomScenarios.bilateral(d, 2026);
        Analysis a = Analyzer.analyze(ps);
        assertThat(a.method()).isEqualTo(Analysis.Method.MERGED);
        List<ParetoPoint> front = a.pareto();
        assertThat(front).hasSizeGreaterThan(10);
        for (int i = 1; i < front.size(); i++) {
            // sorted by party 1 descending, so party 2 must strictly increase along a frontier without ties
            assertThat(front.get(i).utilities().get(0)).isLessThanOrEqualTo(front.get(i - 1).utilities().get(0));
            assertThat(front.get(i).utilities().get(1)).isGreaterThanOrEqualTo(front.get(i - 1).utilities().get(1));
        }
        for (ParetoPoint p : front) {
            assertThat(ps.get(0).utility(p.outcome())).isEqualTo(p.utilities().get(0));
            assertThat(ps.get(1).utility(p.outcome())).isEqualTo(p.utilities().get(1));
        }
        SplittableRandom r = new SplittableRandom(3);
        double nash = a.nash().orElseThrow().value();
        for (int k = 0; k < 5000; k++) {
            Outcome o = d.outcomeAt(r.nextLong(d.outcomeCount()));
            double u1 = ps.get(0).utility(o);
            double u2 = ps.get(1).utility(o);
            assertThat(front).anyMatch(p -> p.utilities().get(0) >= u1 && p.utilities().get(1) >= u2);
            if (u1 >= ps.get(0).reservation() && u2 >= ps.get(1).reservation()) {
                assertThat((u1 - ps.get(0).reservation()) * (u2 - ps.get(1).reservation())).isLessThanOrEqualTo(nash);
            }
        }
    }

    @Test
    void nonAdditiveAboveTheLimit_isRefused_neverTruncated() {
        Domain d = RandomScenarios.uniform("big", 5, 10);
        List<Profile> ps = new ArrayList<>(RandomScenarios.bilateral(d, 1));
        Profile p = ps.get(0);
        ps.set(0, new Profile("A", p.utility().with(List.of(HyperRectangle.including(0.1,
                new Bound(d.issue(0).id(), 0, 3))), List.of()), 0, 1));
        assertThatThrownBy(() -> Analyzer.analyze(ps, Analyzer.Limits.DEFAULT.withMaxOutcomes(99_999)))
                .isInstanceOf(TooLargeException.class)
                .hasMessage("domain 'big' has 100000 outcomes; with non-additive preferences the exact frontier needs "
                        + "every outcome enumerated, and the limit is 99999");
        assertThat(Analyzer.analyze(ps, Analyzer.Limits.DEFAULT.withMaxOutcomes(100_000)).outcomes()).isEqualTo(100_000);
    }

    @Test
    void frontierAboveItsCap_isRefused() {
        Domain d = RandomScenarios.uniform("mid", 6, 6);
        List<Profile> ps = RandomScenarios.bilateral(d, 5);
        assertThatThrownBy(() -> Analyzer.analyze(ps, new Analyzer.Limits(1_000_000, 3, false)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("has more than 3 points");
    }

    @Test
    void wideAdditiveDomain_isRefusedCleanly_notByRunningOutOfMemory() {
        // 6 issues of 1,000 values with exactly opposed evaluations and distinct weights: every outcome is Pareto
        // optimal and utility sums differ, so the frontier grows a thousandfold per issue (10^18 outcomes).
        Domain d = RandomScenarios.uniform("wide", 6, 1000);
        java.util.Map<org.treatylab.negotiation.model.IssueId, Double> w = new java.util.HashMap<>();
        java.util.Map<org.treatylab.negotiation.model.IssueId, org.treatylab.negotiation.preference.IssueEvaluator> ea =
                new java.util.HashMap<>();
        java.util.Map<org.treatylab.negotiation.model.IssueId, org.treatylab.negotiation.preference.IssueEvaluator> eb =
                new java.util.HashMap<>();
        double[] raw = {1, 2, 4, 8, 16, 32};
        for (int i = 0; i < 6; i++) {
            w.put(d.issue(i).id(), raw[i] / 63);
            double[] up = new double[1000];
            double[] down = new double[1000];
            for (int v = 0; v < 1000; v++) {
                up[v] = v / 999.0;
                down[v] = 1 - v / 999.0;
            }
            ea.put(d.issue(i).id(), org.treatylab.negotiation.preference.ValueTable.of(up));
            eb.put(d.issue(i).id(), org.treatylab.negotiation.preference.ValueTable.of(down));
        }
        List<Profile> ps = List.of(
                new Profile("A", org.treatylab.negotiation.preference.UtilityFunction.additive(
                        new org.treatylab.negotiation.preference.LinearAdditive(d, w, ea)), 0, 1),
                new Profile("B", org.treatylab.negotiation.preference.UtilityFunction.additive(
                        new org.treatylab.negotiation.preference.LinearAdditive(d, w, eb)), 0, 1));
        assertThatThrownBy(() -> Analyzer.analyze(ps, Analyzer.Limits.DEFAULT.withMaxOutcomes(Long.MAX_VALUE)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("we merge in memory");
    }
}
