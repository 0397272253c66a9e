package org.treatylab.sweep.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.sweep.stats.ExactSum;

/**
 * The Sobol indices of one output at one grid point, estimated from N base samples of the Saltelli design:
 * the output's variance V over the 2N evaluations of matrices A and B; first order
 * S_i = mean(f(B)·(f(AB_i) − f(A))) / V (Saltelli et al. 2010, Comput. Phys. Commun. 181, table 2 (b)); total
 * S_Ti = mean((f(A) − f(AB_i))²) / (2V) (Jansen 1999). Both engines compute the terms in double precision, sum them
 * exactly and call {@link #of}, so their indices agree to the bit.
 *
 * @param key the grid point's values (empty without a grid)
 * @param samples base samples used
 * @param dropped base samples left out because an output had no value
 */
public record Sensitivity(String output, List<Object> key, long samples, long dropped, double mean, double variance,
        List<SobolIndex> indices) {
    private static final double Z95 = 1.959963984540054;

    public Sensitivity {
        key = java.util.Collections.unmodifiableList(new ArrayList<>(key));
        indices = List.copyOf(indices);
    }

    /**
     * The indices from exact sums.
     *
     * @param n base samples
     * @param sumY the sum of f over A and B (2n values); {@code sumY2} of their squares
     * @param first per input, the sum of the first-order terms and of their squares
     * @param total per input, the sum of the total-effect terms (f(A) − f(AB_i))² and of their squares
     */
    public static Sensitivity of(String output, List<Object> key, long n, long dropped, BigDecimal sumY,
            BigDecimal sumY2, List<String> inputs, BigDecimal[][] first, BigDecimal[][] total) {
        double mean = ExactSum.mean(sumY, 2 * n);
        double v = ExactSum.variance(sumY, sumY2, 2 * n, false);
        List<SobolIndex> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            double s = ExactSum.mean(first[i][0], n) / v;
            double sHalf = Z95 * Math.sqrt(ExactSum.variance(first[i][0], first[i][1], n, true) / n) / v;
            double t = ExactSum.mean(total[i][0], n) / (2 * v);
            double tHalf = Z95 * Math.sqrt(ExactSum.variance(total[i][0], total[i][1], n, true) / n) / (2 * v);
            out.add(new SobolIndex(inputs.get(i), s, sHalf, t, tHalf));
        }
        return new Sensitivity(output, key, n, dropped, mean, v, out);
    }
}
