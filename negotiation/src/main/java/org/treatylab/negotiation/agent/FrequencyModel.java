package org.treatylab.negotiation.agent;

import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Outcome;

/**
 * A frequency opponent model in the manner of HardHeaded (van Krimpen, Looije and Hajizadeh 2013): an issue whose
 * value the opponent keeps from one offer to the next gains weight (learning rate 0.2, then the weights are
 * normalised), and every offered value gains a count; the estimated utility of an outcome is
 * sum_i w_i * count_i(v_i) / max_v count_i(v). With several opponents, their offers feed one model.
 */
final class FrequencyModel {
    private static final double LEARNING_RATE = 0.2;

    private final Domain domain;
    private final double[] weights;
    private final double[][] counts;
    private final double[] maxCount;
    private int[] last;

    FrequencyModel(Domain domain) {
        this.domain = domain;
        int n = domain.issueCount();
        this.weights = new double[n];
        this.counts = new double[n][];
        this.maxCount = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / n;
            counts[i] = new double[domain.issue(i).size()];
        }
    }

    void update(Outcome offer) {
        int n = weights.length;
        if (last != null) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (offer.valueIndex(i) == last[i]) {
                    weights[i] += LEARNING_RATE;
                }
                sum += weights[i];
            }
            for (int i = 0; i < n; i++) {
                weights[i] /= sum;
            }
        }
        for (int i = 0; i < n; i++) {
            int v = offer.valueIndex(i);
            counts[i][v] += 1;
            maxCount[i] = Math.max(maxCount[i], counts[i][v]);
        }
        last = offer.valueIndices();
    }

    /** The opponent's estimated utility of {@code o}, in [0, 1]; 0 before any offer. */
    double estimate(Outcome o) {
        double u = 0;
        for (int i = 0; i < weights.length; i++) {
            if (maxCount[i] > 0) {
                u += weights[i] * counts[i][o.valueIndex(i)] / maxCount[i];
            }
        }
        return u;
    }

    boolean isEmpty() {
        return last == null;
    }

    Domain domain() {
        return domain;
    }
}
