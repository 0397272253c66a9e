package org.treatylab.sweep.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitMixTest {

    @Test
    void of_sameSeedAndRow_sameNumbers() {
        SplitMix a = SplitMix.of(7, 123);
        SplitMix b = SplitMix.of(7, 123);
        for (int i = 0; i < 10; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
    }

    @Test
    void of_neighbouringRows_differ() {
        assertThat(SplitMix.of(7, 0).nextLong()).isNotEqualTo(SplitMix.of(7, 1).nextLong());
        assertThat(SplitMix.of(7, 0).nextLong()).isNotEqualTo(SplitMix.of(8, 0).nextLong());
    }

    @Test
    void nextOpenUnit_uniformMoments_seeded() {
        SplitMix r = SplitMix.of(1, 1);
        double sum = 0;
        double sq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double u = r.nextOpenUnit();
            assertThat(u).isGreaterThan(0).isLessThan(1);
            sum += u;
            sq += u * u;
        }
        // mean 1/2 and variance 1/12, within 5 standard errors
        assertThat(sum / n).isBetween(0.5 - 5 * Math.sqrt(1.0 / 12 / n), 0.5 + 5 * Math.sqrt(1.0 / 12 / n));
        assertThat(sq / n - (sum / n) * (sum / n)).isBetween(1.0 / 12 - 0.002, 1.0 / 12 + 0.002);
    }
}
