package org.treatylab.talks.derive;

import java.util.EnumMap;
import java.util.Map;
import org.treatylab.talks.scenario.Criterion;

/**
 * One delegation's criterion scores for one set of terms (each in [0, 1]) and the engine figures behind them.
 *
 * @param facts named engine results that explain the scores (counted numbers, survivors, detection...)
 */
public record Scores(Map<Criterion, Double> scores, Map<String, Double> facts) {
    public Scores {
        scores = Map.copyOf(new EnumMap<>(scores));
        facts = Map.copyOf(facts);
        for (Map.Entry<Criterion, Double> e : scores.entrySet()) {
            double v = e.getValue();
            if (!(v >= -1e-12 && v <= 1 + 1e-12)) {
                throw new IllegalStateException(e.getKey().key() + " score outside [0, 1]: " + v);
            }
        }
    }

    public double score(Criterion c) {
        Double v = scores.get(c);
        if (v == null) {
            throw new IllegalArgumentException("no score for " + c.key());
        }
        return v;
    }
}
