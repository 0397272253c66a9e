package org.treatylab.sweep.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void of_fourValues_interpolatesBetweenClosestRanks() {
        double[] v = {4, 1, 3, 2};
        double[] p = Percentiles.of(v, 4, new double[] {0, 0.05, 0.5, 0.95, 1});
        // positions 0, 0.15, 1.5, 2.85, 3 in 1, 2, 3, 4
        assertThat(p[0]).isEqualTo(1);
        assertThat(p[1]).isCloseTo(1.15, within(1e-15));
        assertThat(p[2]).isEqualTo(2.5);
        assertThat(p[3]).isCloseTo(3.85, within(1e-15));
        assertThat(p[4]).isEqualTo(4);
    }

    @Test
    void of_noValues_nan() {
        assertThat(Percentiles.of(new double[0], 0, new double[] {0.5})[0]).isNaN();
    }

    @Test
    void of_oneValue_thatValue() {
        assertThat(Percentiles.of(new double[] {7}, 1, new double[] {0.05, 0.95})).containsExactly(7, 7);
    }
}
