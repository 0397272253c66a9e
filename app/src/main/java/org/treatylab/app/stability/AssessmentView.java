package org.treatylab.app.stability;

import java.util.Objects;

/**
 * First-strike stability of two sides. In JSON the keys name the parties ({@code ratio_us},
 * {@code us_strikes_first}), or {@code a} and {@code b} when both sides are one party: {@code report} writes them.
 *
 * @param a side A's party code
 * @param b side B's party code
 * @param index the product of the two ratios (1 = no gain in striking first)
 */
public record AssessmentView(String a, String b, double index, double ratioA, double ratioB, StrikeView aStrikesFirst,
        StrikeView bStrikesFirst) {
    public AssessmentView {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** The key prefix of side A: its party in lower case, or {@code a} when both sides are one party. */
    public String keyA() {
        return a.equals(b) ? "a" : a.toLowerCase(java.util.Locale.ROOT);
    }

    /** The key prefix of side B. */
    public String keyB() {
        return a.equals(b) ? "b" : b.toLowerCase(java.util.Locale.ROOT);
    }
}
