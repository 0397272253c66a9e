package org.treatylab.sweep.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void quantile_publishedValues() {
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
        assertThat(Normal.quantile(0.8413447460685429)).isCloseTo(1, within(1e-12));
        assertThat(Normal.quantile(1e-10)).isCloseTo(-6.3613409, within(1e-6));
    }

    @Test
    void cdf_publishedValues() {
        assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-14));
        assertThat(Normal.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-14));
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
    }

    @Test
    void quantile_inverseOfCdf_seededProbabilities() {
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 1000; i++) {
            double p = r.nextDouble() * 0.999 + 0.0005;
            assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(1e-13));
        }
    }
}
