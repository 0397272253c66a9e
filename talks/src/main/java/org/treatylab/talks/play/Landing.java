package org.treatylab.talks.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.talks.derive.Derivation;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * Why the talks land where they do, in one plain sentence: for the warhead ceiling of a set of terms, what each
 * delegation would gain or lose, and through which criterion, if the ceiling were the next lower or higher option
 * (every other term unchanged). The delegation that loses most from a move is the one that blocks it.
 */
public final class Landing {
    private Landing() {
    }

    /** The sentence for {@code t} (the modal or Nash terms). */
    public static String why(Derivation d, Terms t) {
        TalksIssue w = d.scenario().issue("warheads").orElse(null);
        if (w == null || t.warheads() == null) {
            return "The terms set no warhead ceiling, so there is no level to explain.";
        }
        List<String> numeric = w.values().stream().filter(v -> !v.equals(TalksIssue.NONE)).toList();
        int i = numeric.indexOf(t.warheads().toString());
        List<String> parts = new ArrayList<>();
        if (i > 0) {
            parts.add(move(d, t, Long.parseLong(numeric.get(i - 1)), "lower"));
        }
        if (i >= 0 && i < numeric.size() - 1) {
            parts.add(move(d, t, Long.parseLong(numeric.get(i + 1)), "higher"));
        }
        return "It lands at " + String.format(Locale.ROOT, "%,d", t.warheads()) + " warheads because "
                + String.join("; and ", parts) + ".";
    }

    private static String move(Derivation d, Terms t, long other, String direction) {
        Terms u = t.withWarheads(other);
        Party loser = null;
        double worst = Double.MAX_VALUE;
        Map<Party, Double> delta = new LinkedHashMap<>();
        for (Party p : d.scenario().parties()) {
            double x = d.utility(p, u) - d.utility(p, t);
            delta.put(p, x);
            if (x < worst) {
                worst = x;
                loser = p;
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d", other) + " warheads would cost "
                + loser + " " + String.format(Locale.ROOT, "%.3f", -worst) + " of utility, mostly in "
                + driver(d, loser, t, u, true));
        for (Map.Entry<Party, Double> e : delta.entrySet()) {
            if (!e.getKey().equals(loser)) {
                sb.append(e.getValue() > 0 ? ", while " + e.getKey() + " would gain "
                        + String.format(Locale.ROOT, "%.3f", e.getValue()) + " (" + driver(d, e.getKey(), t, u, false) + ")"
                        : ", and " + e.getKey() + " would lose " + String.format(Locale.ROOT, "%.3f", -e.getValue()));
            }
        }
        return sb.toString();
    }

    /** The criterion whose weighted contribution falls (or rises) most from t to u. */
    private static String driver(Derivation d, Party p, Terms t, Terms u, boolean loss) {
        Map<Criterion, Double> a = d.contributions(p, t);
        Map<Criterion, Double> b = d.contributions(p, u);
        Criterion best = null;
        double bestDelta = 0;
        for (Criterion c : a.keySet()) {
            double x = b.getOrDefault(c, 0.0) - a.get(c);
            if (best == null || (loss ? x < bestDelta : x > bestDelta)) {
                best = c;
                bestDelta = x;
            }
        }
        return best == null ? "nothing" : best.key().replace('_', ' ');
    }
}
