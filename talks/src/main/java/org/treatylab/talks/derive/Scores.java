package org.treatylab.talks.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.talks.restructure.Restructured;
import org.treatylab.talks.scenario.Criterion;

/**
 * One delegation's criterion scores for one set of terms (each in [0, 1]), the engine figures behind them, and the
 * delegation's forces restructured under the terms' ceilings.
 *
 * @param facts named engine results that explain the scores (counted numbers, survivors, detection...)
 * @param forces its own forces as it arranges them under the terms (or without a treaty)
 */
public record Scores(Map<Criterion, Double> scores, Map<String, Double> facts, Restructured forces) {
    public Scores {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
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
