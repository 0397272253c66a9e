package org.treatylab.negotiation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainTest {
    private final Domain d = Domain.of("d", DiscreteIssue.of("colour", "red", "green"), IntegerIssue.of("n", 3, 5),
            RealIssue.of("r", 0, 1, 4));

    @Test
    void outcomeCount_isTheProductOfIssueSizes() {
        assertThat(d.outcomeCount()).isEqualTo(2 * 3 * 5);
        Domain huge = RandomDomains.of(40, 10);
        assertThat(huge.outcomeCount()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rank_roundTripsEveryOutcome() {
        for (long r = 0; r < d.outcomeCount(); r++) {
            assertThat(d.outcomeAt(r).rank()).isEqualTo(r);
        }
        assertThat(d.outcomeAt(0).asMap()).containsExactly(Map.entry(IssueId.of("colour"), new DiscreteValue("red")),
                Map.entry(IssueId.of("n"), new IntegerValue(3)), Map.entry(IssueId.of("r"), new RealValue(0.0)));
        assertThat(d.outcomeAt(29).valueIndices()).containsExactly(1, 2, 4);
    }

    @Test
    void outcomeFromValues_validatesIssuesAndValues() {
        Outcome o = d.outcome(Map.of(IssueId.of("colour"), new DiscreteValue("green"), IssueId.of("n"),
                new IntegerValue(4), IssueId.of("r"), new RealValue(0.75)));
        assertThat(o.valueIndices()).containsExactly(1, 1, 3);
        assertThatThrownBy(() -> d.outcome(Map.of(IssueId.of("colour"), new DiscreteValue("blue"), IssueId.of("n"),
                new IntegerValue(4), IssueId.of("r"), new RealValue(0.75))))
                .hasMessage("domain 'd', issue 'colour': 'blue' is not one of its values");
        assertThatThrownBy(() -> d.outcome(Map.of(IssueId.of("colour"), new DiscreteValue("red"))))
                .hasMessage("domain 'd': an outcome needs the issues [colour, n, r], got [colour]");
        assertThatThrownBy(() -> d.outcome(0, 3, 0))
                .hasMessage("domain 'd', issue 'n': value index must be in [0, 3), got 3");
    }

    @Test
    void outcome_isImmutableAndComparedByValue() {
        int[] idx = {1, 0, 2};
        Outcome o = d.outcome(idx);
        idx[0] = 0;
        assertThat(o.valueIndex(0)).isEqualTo(1);
        o.valueIndices()[0] = 0;
        assertThat(o.valueIndex(0)).isEqualTo(1);
        assertThat(o).isEqualTo(d.outcome(1, 0, 2)).hasSameHashCodeAs(d.outcome(1, 0, 2));
        Domain other = Domain.of("e", DiscreteIssue.of("colour", "red", "green"), IntegerIssue.of("n", 3, 5),
                RealIssue.of("r", 0, 1, 4));
        assertThat(o).isNotEqualTo(other.outcome(1, 0, 2));
    }

    @Test
    void realIssue_snapsDecimalTextToItsGrid_andRejectsOffGridValues() {
        RealIssue r = RealIssue.of("r", 0.1, 0.7, 6);
        assertThat(r.indexOf(new RealValue(0.3))).isEqualTo(2);
        assertThat(r.indexOf(new RealValue(0.7))).isEqualTo(6);
        assertThat(r.indexOf(new RealValue(0.35))).isEqualTo(-1);
        assertThat(r.indexOf(new RealValue(0.8))).isEqualTo(-1);
        assertThat(r.numeric(6)).isEqualTo(0.7);
    }

    @Test
    void domain_rejectsDuplicateIssuesAndBadRanges() {
        assertThatThrownBy(() -> Domain.of("d", DiscreteIssue.of("x", "a"), IntegerIssue.of("x", 1, 2)))
                .hasMessage("domain 'd': issue 'x' appears twice");
        assertThatThrownBy(() -> IntegerIssue.of("n", 5, 3)).hasMessage("issue 'n': expected low <= high, got 5..3");
        assertThatThrownBy(() -> DiscreteIssue.of("x", "a", "a")).hasMessageContaining("must be distinct");
        assertThatThrownBy(() -> new Domain("d", List.of())).hasMessageContaining("at least one issue");
    }

    /** Large uniform domains without the generator (this package's tests stay independent of it). */
    private static final class RandomDomains {
        static Domain of(int issues, int values) {
            Issue[] is = new Issue[issues];
            for (int i = 0; i < issues; i++) {
                is[i] = IntegerIssue.of("i" + i, 1, values);
            }
            return Domain.of("big", is);
        }
    }
}
