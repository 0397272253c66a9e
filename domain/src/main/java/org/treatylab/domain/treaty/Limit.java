package org.treatylab.domain.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A numerical limit of a treaty: what it counts and its ceilings over time.
 *
 * <p>Most limits have one step; START I's phase limits are several dated steps of one limit.
 *
 * @param id stable id used in reports, e.g. {@code deployed-launchers}
 * @param counts the counting rule set's quantity this limit applies to (often equal to {@code id})
 * @param steps ceilings in increasing date order; the first step's date is when the limit starts to bind
 */
public record Limit(String id, String counts, String description, List<LimitStep> steps, List<String> sources) {

    public Limit {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("limit id must be lower-case letters, digits and '-', got '" + id + "'");
        }
        counts = counts == null || counts.isBlank() ? id : counts;
        description = description == null ? "" : description;
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("limit '" + id + "' has no ceiling");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (!steps.get(i).from().isAfter(steps.get(i - 1).from())) {
                throw new IllegalArgumentException("limit '" + id + "': ceilings must be in increasing date order, got "
                        + steps.get(i - 1).from() + " then " + steps.get(i).from());
            }
        }
    }

    /** A limit with one ceiling binding from {@code from}. */
    public static Limit of(String id, long ceiling, LocalDate from) {
        return new Limit(id, id, "", List.of(new LimitStep(from, ceiling, org.treatylab.domain.Status.CONFIRMED, "")),
                List.of());
    }

    /** The first day the limit binds. */
    public LocalDate bindingFrom() {
        return steps.get(0).from();
    }

    /** The step binding on {@code date}, or null before the limit binds. */
    public LimitStep stepOn(LocalDate date) {
        LimitStep current = null;
        for (LimitStep s : steps) {
            if (!s.from().isAfter(date)) {
                current = s;
            }
        }
        return current;
    }

    /**
     * The ceiling to report on {@code date}: the one binding then, the first one before the limit binds,
     * or the final one when no date is given.
     */
    public long ceilingOn(LocalDate date) {
        if (date == null) {
            return finalCeiling();
        }
        LimitStep s = stepOn(date);
        return s == null ? steps.get(0).ceiling() : s.ceiling();
    }

    public long finalCeiling() {
        return steps.get(steps.size() - 1).ceiling();
    }
}
