package org.treatylab.talks.scenario;

import java.util.List;
import java.util.Objects;
import org.treatylab.domain.Party;

/**
 * A treaty term under negotiation and its options, in the scenario's order.
 *
 * @param kind {@code ceiling} (numbers or {@code none}, setting {@code limit}), {@code count} (numbers) or
 *     {@code choice} (names)
 * @param limit for a ceiling, the New START-style limit id it sets; else null
 * @param note where the options come from
 * @param noTreaty the option that stands for the state of affairs without a treaty (e.g. missile defence
 *     unconstrained), scored by a delegation's ranking when no treaty is in force; null: none (score 0)
 * @param parties for a ceiling, the parties it limits (empty: every party); another ceiling issue may set the same
 *     limit for the other parties, and may offer {@link #COMMON}: the ceiling the other issue sets binds its parties too
 */
public record TalksIssue(String id, String label, String kind, String limit, List<String> values, String note,
        String noTreaty, List<Party> parties) {
    public static final String NONE = "none";
    /** A per-party ceiling's option: the ceiling of the issue that sets the same limit for the other parties. */
    public static final String COMMON = "common";
    /** The ceilings the derivation knows: issue id to the New START-style limit it sets. */
    public static final java.util.Map<String, String> CEILINGS = java.util.Map.of("warheads", "warheads",
            "deployed_launchers", "deployed-launchers", "total_launchers", "total-launchers");

    /** The most options an issue may list (the shipped scenario's largest has 7). */
    public static final int MAX_VALUES = 50;
    /** The largest number an option may be (a count of warheads, launchers or inspections). */
    public static final long MAX_NUMBER = 1_000_000_000L;

    /** An issue for every party. */
    public TalksIssue(String id, String label, String kind, String limit, List<String> values, String note,
            String noTreaty) {
        this(id, label, kind, limit, values, note, noTreaty, List.of());
    }

    public TalksIssue {
        Objects.requireNonNull(id, "id");
        values = List.copyOf(values);
        parties = List.copyOf(parties);
        if (!parties.isEmpty() && !kind.equals("ceiling")) {
            throw new IllegalArgumentException("issue '" + id + "': only a ceiling names the parties it limits");
        }
        if (values.contains(COMMON) && parties.isEmpty()) {
            throw new IllegalArgumentException("issue '" + id + "': option 'common' needs 'parties = ...' (the parties"
                    + " the common ceiling is extended to)");
        }
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("issue '" + id + "' lists " + values.size() + " values; at most "
                    + MAX_VALUES + " are accepted");
        }
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("issue id must be lower-case letters, digits and '_', got '" + id + "'");
        }
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
                if (!(kind.equals("ceiling") && (v.equals(NONE) || v.equals(COMMON))) && !v.matches("[0-9]+")) {
                    throw new IllegalArgumentException("issue '" + id + "': value '" + v + "' is not a whole number"
                            + (kind.equals("ceiling") ? " or 'none'" + (parties.isEmpty() ? "" : " or 'common'") : ""));
                }
                if (!v.equals(NONE) && !v.equals(COMMON) && (v.length() > 10 || Long.parseLong(v) > MAX_NUMBER)) {
                    throw new IllegalArgumentException("issue '" + id + "': value " + v + " is above the largest "
                            + "accepted (" + MAX_NUMBER + ")");
                }
            }
        }
        if (kind.equals("ceiling") && (limit == null || limit.isBlank())) {
            throw new IllegalArgumentException("issue '" + id + "': a ceiling needs 'limit = LIMIT-ID'");
        }
        if (!kind.equals("ceiling") && limit != null) {
            throw new IllegalArgumentException("issue '" + id + "': only a ceiling sets a limit, but this " + kind
                    + " issue gives 'limit = " + limit + "'");
        }
        if (noTreaty != null && !values.contains(noTreaty)) {
            throw new IllegalArgumentException("issue '" + id + "': no_treaty '" + noTreaty + "' is not one of "
                    + values);
        }
        label = label == null || label.isBlank() ? id : label;
        note = note == null ? "" : note;
    }

    /** The numeric value of option {@code v}, or null for {@code none}. */
    public Long number(String v) {
        if (v.equals(COMMON)) {
            throw new IllegalArgumentException("issue '" + id + "': 'common' has no number of its own");
        }
        return v.equals(NONE) ? null : Long.valueOf(v);
    }

    /** True when this ceiling limits party {@code p} (it names no parties, or names p). */
    public boolean limits(Party p) {
        return parties.isEmpty() || parties.contains(p);
    }
}
