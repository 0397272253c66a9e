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
        return verdict(treaty, limit, null, counted, date);
    }

    /**
     * The verdict for one limit on one date for party {@code party} (its own ceilings when the limit sets them; null:
     * the common ceilings); null when {@code date} is null.
     */
    public static Verdict verdict(Treaty treaty, Limit limit, Party party, long counted, LocalDate date) {
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
        if ((party == null ? limit.stepOn(date) : limit.stepOn(party, date)) == null) {
            return Verdict.NOT_YET_BINDING;
        }
        long ceiling = party == null ? limit.ceilingOn(date) : limit.ceilingOn(party, date);
        return counted > ceiling ? Verdict.EXCEEDS : Verdict.WITHIN;
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
     * Counts a posture against every limit of a treaty that limits its party (a limit whose ceiling for the party is
     * {@code none} is left out), with the party's own ceilings where the limit sets them.
     *
     * @param date the date to judge, or null for numbers without verdicts; a dated posture is judged on its own
     *     date when {@code date} is null
     */
    public static PartyResult assess(Treaty treaty, Posture posture, LocalDate date) {
        LocalDate on = date != null ? date : posture.asOf();
        Map<String, Long> counted = count(treaty, posture);
        List<LimitResult> out = new ArrayList<>();
        Party p = posture.party();
        for (Limit l : treaty.limits()) {
            if (!l.limits(p)) {
                continue;
            }
            long n = counted.get(l.counts());
            out.add(LimitResult.of(l.id(), n, l.ceilingOn(p, on), verdict(treaty, l, p, n, on), l.bindingFrom(p)));
        }
        return new PartyResult(on, p, out, null);
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
                    if (!l.limits(p)) {
                        continue;
                    }
                    Long n = row.value(p, l.id());
                    Verdict v = n == null ? null : verdict(treaty, l, p, n, row.asOf());
                    limits.add(LimitResult.of(l.id(), n, l.ceilingOn(p, row.asOf()), v, l.bindingFrom(p)));
                }
                out.add(new PartyResult(row.asOf(), p, limits, row.status()));
            }
        }
        return out;
    }
}
