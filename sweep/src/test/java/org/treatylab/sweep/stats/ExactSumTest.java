package org.treatylab.sweep.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void add_cancellingGiants_keepsTheSmallValue() {
        ExactSum s = new ExactSum();
        s.add(1e308);
        s.add(1);
        s.add(-1e308);
        assertThat(s.value()).isEqualTo(1.0);
        assertThat(s.count()).isEqualTo(3);
    }

    @Test
    void add_subnormalsAndHuge_equalsBigDecimalSum() {
        double[] xs = {Double.MIN_VALUE, -Double.MIN_VALUE * 3, 4.9e-320, Double.MAX_VALUE, -Double.MAX_VALUE / 2,
            0.1, -0.0, 123456.789};
        ExactSum s = new ExactSum();
        BigDecimal reference = BigDecimal.ZERO;
        for (double x : xs) {
            s.add(x);
            reference = reference.add(new BigDecimal(x));
        }
        assertThat(s.exact().compareTo(reference)).isZero();
        assertThat(s.value()).isEqualTo(reference.doubleValue());
    }

    @Test
    void seededRandomValues_anyOrderAndPartition_sameBits() {
        Random r = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            List<Double> xs = new ArrayList<>();
            BigDecimal reference = BigDecimal.ZERO;
            for (int i = 0; i < 2000; i++) {
                double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
                xs.add(x);
                reference = reference.add(new BigDecimal(x));
            }
            ExactSum whole = new ExactSum();
            xs.forEach(whole::add);
            Collections.shuffle(xs, r);
            int cut = r.nextInt(xs.size());
            ExactSum left = new ExactSum();
            ExactSum right = new ExactSum();
            xs.subList(0, cut).forEach(left::add);
            xs.subList(cut, xs.size()).forEach(right::add);
            right.merge(left);
            assertThat(right.exact()).isEqualTo(whole.exact());
            assertThat(whole.exact().compareTo(reference)).isZero();
            assertThat(Double.doubleToRawLongBits(right.value())).isEqualTo(Double.doubleToRawLongBits(
                    reference.doubleValue()));
        }
    }

    @Test
    void meanAndVariance_handWorked() {
        ExactSum s = new ExactSum();
        ExactSum sq = new ExactSum();
        for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            s.add(x);
            sq.add(x * x);
        }
        assertThat(ExactSum.mean(s.exact(), 8)).isEqualTo(5.0);
        assertThat(ExactSum.variance(s.exact(), sq.exact(), 8, false)).isEqualTo(4.0);
        assertThat(ExactSum.variance(s.exact(), sq.exact(), 8, true)).isEqualTo(32.0 / 7);
    }

    @Test
    void add_nan_refused() {
        assertThatThrownBy(() -> new ExactSum().add(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
