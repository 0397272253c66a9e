package org.treatylab.domain.treaty;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.treatylab.domain.Party;

/**
 * A numerical limit of a treaty: what it counts and its ceilings over time, common to every party or set per party.
 *
 * <p>Most limits have one step; START I's phase limits are several dated steps of one limit. A treaty among unequal
 * parties may give a party its own ceilings ({@code ceiling[CN] = ...} in a treaty file): they replace the common
 * ceilings for that party; an empty list of steps ({@code ceiling[CN] = none}) leaves that party unlimited by this
 * limit.
 *
 * @param id stable id used in reports, e.g. {@code deployed-launchers}
 * @param counts the counting rule set's quantity this limit applies to (often equal to {@code id})
 * @param steps the common ceilings in increasing date order; the first step's date is when the limit starts to bind
 * @param byParty a party's own ceilings, replacing the common ones for it (empty steps: not limited), in report order
 */
public record Limit(String id, String counts, String description, List<LimitStep> steps, List<String> sources,
        Map<Party, List<LimitStep>> byParty) {

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
        increasing(id, "", steps);
        Map<Party, List<LimitStep>> own = new TreeMap<>(Party.ORDER);
        for (Map.Entry<Party, List<LimitStep>> e : byParty.entrySet()) {
            List<LimitStep> s = List.copyOf(e.getValue());
            increasing(id, "[" + e.getKey() + "]", s);
            own.put(e.getKey(), s);
        }
        byParty = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(own));
    }

    /** A limit whose ceilings are common to every party. */
    public Limit(String id, String counts, String description, List<LimitStep> steps, List<String> sources) {
        this(id, counts, description, steps, sources, Map.of());
    }

    private static void increasing(String id, String party, List<LimitStep> steps) {
        for (int i = 1; i < steps.size(); i++) {
            if (!steps.get(i).from().isAfter(steps.get(i - 1).from())) {
                throw new IllegalArgumentException("limit '" + id + "'" + party + ": ceilings must be in increasing date "
                        + "order, got " + steps.get(i - 1).from() + " then " + steps.get(i).from());
            }
        }
    }

    /** A limit with one ceiling binding from {@code from}. */
    public static Limit of(String id, long ceiling, LocalDate from) {
        return new Limit(id, id, "", List.of(new LimitStep(from, ceiling, org.treatylab.domain.Status.CONFIRMED, "")),
                List.of());
    }

    /** True when some party has ceilings of its own. */
    public boolean perParty() {
        return !byParty.isEmpty();
    }

    /** The ceilings that apply to {@code p}: its own, or the common ones (empty: {@code p} is not limited). */
    public List<LimitStep> steps(Party p) {
        List<LimitStep> own = byParty.get(p);
        return own != null ? own : steps;
    }

    /** Whether this limit caps {@code p} at all ({@code ceiling[P] = none} does not). */
    public boolean limits(Party p) {
        return !steps(p).isEmpty();
    }

    /** The first day the common ceilings bind. */
    public LocalDate bindingFrom() {
        return steps.get(0).from();
    }

    /** The first day the limit binds {@code p}. @throws IllegalArgumentException when it does not limit {@code p} */
    public LocalDate bindingFrom(Party p) {
        return limited(p).get(0).from();
    }

    /** The common step binding on {@code date}, or null before the limit binds. */
    public LimitStep stepOn(LocalDate date) {
        return stepOn(steps, date);
    }

    /** The step binding {@code p} on {@code date}, or null before the limit binds it. */
    public LimitStep stepOn(Party p, LocalDate date) {
        return stepOn(limited(p), date);
    }

    private static LimitStep stepOn(List<LimitStep> steps, LocalDate date) {
        LimitStep current = null;
        for (LimitStep s : steps) {
            if (!s.from().isAfter(date)) {
                current = s;
            }
        }
        return current;
    }

    /**
     * The common ceiling to report on {@code date}: the one binding then, the first one before the limit binds,
     * or the final one when no date is given.
     */
    public long ceilingOn(LocalDate date) {
        return ceilingOn(steps, date);
    }

    /** {@link #ceilingOn(LocalDate)} for party {@code p}'s ceilings. */
    public long ceilingOn(Party p, LocalDate date) {
        return ceilingOn(limited(p), date);
    }

    private static long ceilingOn(List<LimitStep> steps, LocalDate date) {
        if (date == null) {
            return steps.get(steps.size() - 1).ceiling();
        }
        LimitStep s = stepOn(steps, date);
        return s == null ? steps.get(0).ceiling() : s.ceiling();
    }

    public long finalCeiling() {
        return steps.get(steps.size() - 1).ceiling();
    }

    /** The last ceiling that applies to {@code p}. @throws IllegalArgumentException when it does not limit {@code p} */
    public long finalCeiling(Party p) {
        List<LimitStep> s = limited(p);
        return s.get(s.size() - 1).ceiling();
    }

    private List<LimitStep> limited(Party p) {
        List<LimitStep> s = steps(p);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("limit '" + id + "' does not limit " + p);
        }
        return s;
    }
}
