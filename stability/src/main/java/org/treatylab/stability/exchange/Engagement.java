package org.treatylab.stability.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;

/**
 * Two forces facing each other, with kill probabilities computed once in both directions. Any forces derived from
 * the two by {@link org.treatylab.stability.force.Reduction} (same profiles) can then be assessed cheaply, which is
 * what sweeps and negotiation searches do thousands of times.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Engagement {
    private final Force baseA;
    private final Force baseB;
    private final Targeting aOnB;
    private final Targeting bOnA;

    private Engagement(Force a, Force b) {
        this.baseA = Objects.requireNonNull(a, "a");
        this.baseB = Objects.requireNonNull(b, "b");
        this.aOnB = new Targeting(a, b);
        this.bOnA = new Targeting(b, a);
    }

    public static Engagement between(Force a, Force b) {
        return new Engagement(a, b);
    }

    /**
     * First-strike stability of {@code a} and {@code b}, which must share profiles with the forces this engagement was
     * made for (A and B, in that order).
     */
    public Assessment assess(Force a, Force b, FirstStrikeParams params) {
        requireFamily(a, baseA, "A");
        requireFamily(b, baseB, "B");
        Workspace ws = Workspace.ofThisThread();
        Strike aFirst = strike(aOnB, a, b, params, ws);
        Strike bFirst = strike(bOnA, b, a, params, ws);
        return Assessment.of(a.party(), b.party(), aFirst, bFirst);
    }

    /** First-strike stability of the forces this engagement was made for. */
    public Assessment assess(FirstStrikeParams params) {
        return assess(baseA, baseB, params);
    }

    /**
     * The largest counterforce strike of {@code attacker} on {@code defender} in detail. The attacker must belong to
     * side A and the defender to side B, or the other way round.
     *
     * @param reserve share of each missile system's warheads held back, in [0, 1)
     */
    public ExchangeResult exchange(Force attacker, Force defender, double reserve) {
        Targeting t = direction(attacker, defender);
        FirstStrikeParams params = FirstStrikeParams.DEFAULTS.withReserve(reserve);
        Allocator run = new Allocator(t, attacker, defender, params, false, true).run();
        List<ExchangeResult.SystemOutcome> outcomes = new ArrayList<>();
        long[] aimpoints = new long[defender.size()];
        for (int c = 0; c < run.classes; c++) {
            Groups g = run.groups[c];
            for (int k = 0; k < g.size; k++) {
                aimpoints[run.classSystem[c]] += g.count[k];
            }
        }
        double surviving = 0;
        for (int j = 0; j < defender.size(); j++) {
            ForceSystem s = defender.system(j);
            outcomes.add(new ExchangeResult.SystemOutcome(s.profile().name(), s.warheads(), run.untargetable[j],
                    aimpoints[j], run.surviving(j)));
            surviving += run.surviving(j);
        }
        List<ExchangeResult.WeaponUse> weapons = new ArrayList<>();
        for (int i = 0; i < attacker.size(); i++) {
            ForceSystem s = attacker.system(i);
            weapons.add(new ExchangeResult.WeaponUse(s.profile().name(), s.warheads(), run.used[i],
                    s.profile().counterforceCapable()));
        }
        return new ExchangeResult(attacker.party(), defender.party(), reserve, attacker.totalWarheads(),
                run.usedTotal, attacker.totalWarheads() - run.usedTotal, defender.totalWarheads(), surviving, outcomes,
                weapons, Plan.of(run, t));
    }

    private static Strike strike(Targeting t, Force attacker, Force defender, FirstStrikeParams params,
            Workspace ws) {
        Allocator run = new Allocator(t, attacker, defender, params, true, false, Long.MAX_VALUE, ws).run();
        return new Strike(run.attackerTotal, run.defenderTotal, run.usedTotal, run.defenderTotal - run.destroyedTotal,
                run.bestUsed, run.bestDefenderSurvivors, run.bestAttackerDamage, run.bestDefenderDamage, run.bestCost,
                run.bestDefenderCost);
    }

    private Targeting direction(Force attacker, Force defender) {
        if (attacker.sharesProfilesWith(baseA) && defender.sharesProfilesWith(baseB)) {
            return aOnB;
        }
        if (attacker.sharesProfilesWith(baseB) && defender.sharesProfilesWith(baseA)) {
            return bOnA;
        }
        throw new IllegalArgumentException("attacker " + attacker.party() + " and defender " + defender.party()
                + " are not the forces this engagement was made for (or forces scaled from them)");
    }

    private static void requireFamily(Force f, Force base, String side) {
        if (!f.sharesProfilesWith(base)) {
            throw new IllegalArgumentException("force of " + f.party() + " is not side " + side + " of this "
                    + "engagement (nor scaled from it)");
        }
    }
}
