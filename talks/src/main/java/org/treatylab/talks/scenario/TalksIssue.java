package org.treatylab.talks.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A treaty term under negotiation and its options, in the scenario's order.
 *
 * @param kind {@code ceiling} (numbers or {@code none}, setting {@code limit}), {@code count} (numbers) or
 *     {@code choice} (names)
 * @param limit for a ceiling, the New START-style limit id it sets; else null
 * @param note where the options come from
 */
public record TalksIssue(String id, String label, String kind, String limit, List<String> values, String note) {
    public static final String NONE = "none";

    public TalksIssue {
        Objects.requireNonNull(id, "id");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("issue '" + id + "' needs at least two values, got " + values);
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("issue '" + id + "' lists a value twice: " + values);
        }
        if (!List.of("ceiling", "count", "choice").contains(kind)) {
            throw new IllegalArgumentException("issue '" + id + "': kind must be ceiling, count or choice, got '"
                    + kind + "'");
        }
        if (!kind.equals("choice")) {
            for (String v : values) {
                if (!(kind.equals("ceiling") && v.equals(NONE)) && !v.matches("\\d+")) {
                    throw new IllegalArgumentException("issue '" + id + "': value '" + v + "' is not a whole number"
                            + (kind.equals("ceiling") ? " or 'none'" : ""));
                }
            }
        }
        if (kind.equals("ceiling") && (limit == null || limit.isBlank())) {
            throw new IllegalArgumentException("issue '" + id + "': a ceiling needs 'limit = LIMIT-ID'");
        }
        label = label == null || label.isBlank() ? id : label;
        note = note == null ? "" : note;
    }

    /** The numeric value of option {@code v}, or null for {@code none}. */
    public Long number(String v) {
        return v.equals(NONE) ? null : Long.valueOf(v);
    }
}
