package org.treatylab.domain.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;

/**
 * Issue 13, item 2: counts were summed in plain {@code long}s, so that two rows of 2^62 warheads counted
 * -9223372036854775808 and the verdict was WITHIN. Every row is bounded and every sum exact.
 */
class ExactCountingTest {
    private static PostureRow row(String system, long deployed, long warheads) {
        return new PostureRow(Party.US, system, Category.ICBM, deployed, 0, 0, 0, warheads, null, null, null, null,
                null, Map.of(), "", "p.csv line " + system);
    }

    @Test
    void row_aboveTheBound_refusedNamingTheRowAndField() {
        assertThatThrownBy(() -> row("2", 1, 1L << 62)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p.csv line 2: warheads is 4611686018427387904, above the largest count accepted "
                        + "(1000000000)");
    }

    @Test
    void sums_ofManyRowsAtTheBound_failNamingTheRowThatOverflows() {
        List<PostureRow> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(row(Integer.toString(i), PostureRow.MAX_COUNT, PostureRow.MAX_COUNT));
        }
        Posture p = new Posture(Party.US, null, rows);
        // 10^18 per row: the tenth row takes the total past 2^63 - 1 (9.22 x 10^18).
        assertThatThrownBy(() -> new NewStartRules().count(p, Map.of("bomber_warheads", "one")))
                .isInstanceOf(InputException.class).hasMessageStartingWith("p.csv line 10: warheads of 10 makes the "
                        + "total larger than 9223372036854775807");
        assertThatThrownBy(() -> new SortRules().count(p, Map.of())).isInstanceOf(InputException.class)
                .hasMessageStartingWith("p.csv line 10: ");
    }

    @Test
    void sums_justBelowTheLimit_exact() {
        List<PostureRow> rows = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            rows.add(row(Integer.toString(i), PostureRow.MAX_COUNT, PostureRow.MAX_COUNT));
        }
        Map<String, Long> counted = new NewStartRules().count(new Posture(Party.US, null, rows),
                Map.of("bomber_warheads", "one"));
        assertThat(counted.get("warheads")).isEqualTo(9_000_000_000_000_000_000L);
        assertThat(counted.get("deployed-launchers")).isEqualTo(9_000_000_000L);
    }
}
