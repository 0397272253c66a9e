package org.treatylab.domain.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.counting.CountingRuleSet;
import org.treatylab.domain.counting.CountingRuleSets;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.Treaty;

/** Applies a treaty's counting rules and limits to postures or to published aggregate numbers. */
public final class Compliance {
    private Compliance() {
    }

    /**
     * The verdict for one limit on one date; null when {@code date} is null.
     *
     * <p>Order of tests: before entry into force, on or after the end (expiry or termination), before the
     * limit binds, then the comparison with the ceiling binding that day.
     */
    public static Verdict verdict(Treaty treaty, Limit limit, long counted, LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(treaty.entryIntoForce())) {
            return Verdict.NOT_IN_FORCE;
        }
        LocalDate end = treaty.endDate();
        if (end != null && !date.isBefore(end)) {
            return Verdict.EXPIRED;
        }
        if (limit.stepOn(date) == null) {
            return Verdict.NOT_YET_BINDING;
        }
        return counted > limit.ceilingOn(date) ? Verdict.EXCEEDS : Verdict.WITHIN;
    }

    /** The rule set's numbers for a posture, with the treaty's options. */
    public static Map<String, Long> count(Treaty treaty, Posture posture) {
        if (!treaty.hasParty(posture.party())) {
            throw new InputException("posture for " + posture.party() + ", who is not a party to " + treaty.id()
                    + " (parties: " + treaty.parties() + ")");
        }
        if (treaty.counting() == null) {
            return Map.of();
        }
        CountingRuleSet rules = CountingRuleSets.get(treaty.counting());
        return rules.count(posture, rules.withDefaults(treaty.options()));
    }

    /**
     * Counts a posture against every limit of a treaty.
     *
     * @param date the date to judge, or null for numbers without verdicts; a dated posture is judged on its own
     *     date when {@code date} is null
     */
    public static PartyResult assess(Treaty treaty, Posture posture, LocalDate date) {
        LocalDate on = date != null ? date : posture.asOf();
        Map<String, Long> counted = count(treaty, posture);
        List<LimitResult> out = new ArrayList<>();
        for (Limit l : treaty.limits()) {
            long n = counted.get(l.counts());
            out.add(LimitResult.of(l.id(), n, l.ceilingOn(on), verdict(treaty, l, n, on), l.bindingFrom()));
        }
        return new PartyResult(on, posture.party(), out, null);
    }

    /** Assesses each row of a published series, for each party of the treaty that the series covers. */
    public static List<PartyResult> assess(Treaty treaty, AggregateSeries series) {
        boolean any = treaty.limits().stream().anyMatch(l -> treaty.parties().stream()
                .anyMatch(p -> series.hasColumn(p, l.id())));
        if (!any) {
            throw new InputException(series.file() + ": no column matches a limit of " + treaty.id() + " (limits: "
                    + treaty.limits().stream().map(Limit::id).toList() + ")");
        }
        series.requireColumnsOf(treaty.id(), treaty.parties(), treaty.limits().stream().map(Limit::id).toList());
        List<PartyResult> out = new ArrayList<>();
        for (AggregateSeries.Row row : series.rows()) {
            for (Party p : treaty.parties()) {
                if (!series.covers(p)) {
                    continue;
                }
                List<LimitResult> limits = new ArrayList<>();
                for (Limit l : treaty.limits()) {
                    Long n = row.value(p, l.id());
                    Verdict v = n == null ? null : verdict(treaty, l, n, row.asOf());
                    limits.add(LimitResult.of(l.id(), n, l.ceilingOn(row.asOf()), v, l.bindingFrom()));
                }
                out.add(new PartyResult(row.asOf(), p, limits, row.status()));
            }
        }
        return out;
    }
}
