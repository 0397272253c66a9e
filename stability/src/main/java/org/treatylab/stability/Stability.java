package org.treatylab.stability;

import java.util.List;
import org.treatylab.domain.forces.Posture;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceResolver;
import org.treatylab.stability.force.Reduction;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.stability.sweep.Sweep;
import org.treatylab.stability.sweep.SweepReport;

/**
 * The front door of the stability engine.
 *
 * <p>Typical use: resolve each posture once ({@link #force}), make an {@link Engagement} of the two forces, then
 * {@link #scale} and {@link Engagement#assess} as often as needed; scaled forces reuse the engagement's kill
 * probabilities. The one-shot {@link #assess(Force, Force, FirstStrikeParams)} is the same without the reuse.
 */
public final class Stability {
    private Stability() {
    }

    /** A posture resolved against the shipped catalogue (parameter order: row, catalogue, category default). */
    public static Force force(Posture posture) {
        return ForceResolver.resolve(posture);
    }

    /** A force cut to a warhead ceiling and, if not null, a delivery-vehicle ceiling, by {@code rule}. */
    public static Force scale(Force force, long warheadCeiling, Long deliveryVehicleCeiling, ReductionRule rule) {
        return Reduction.scale(force, warheadCeiling, deliveryVehicleCeiling, rule);
    }

    /**
     * The force cut by {@code rule} until the warheads a treaty counts are within {@code warheadCeiling} and its
     * deployed vehicles within {@code deliveryVehicleCeiling} (if not null). A treaty that counts one warhead per
     * deployed bomber ({@code onePerBomber}, New START) lets a side keep bomber weapons beyond what its bombers
     * count for; the result is the largest cut of real warheads whose counted warheads fit (binary search: the count
     * never rises as the real ceiling falls, since the rules only remove launchers or download).
     */
    public static Force scaleCounted(Force force, long warheadCeiling, Long deliveryVehicleCeiling, ReductionRule rule,
            boolean onePerBomber) {
        Force unlimited = scale(force, Long.MAX_VALUE, deliveryVehicleCeiling, rule);
        if (counted(unlimited, onePerBomber) <= warheadCeiling) {
            return unlimited;
        }
        long lo = Math.min(warheadCeiling, force.totalWarheads());
        long hi = force.totalWarheads();
        Force best = scale(force, lo, deliveryVehicleCeiling, rule);
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            Force m = scale(force, mid, deliveryVehicleCeiling, rule);
            if (counted(m, onePerBomber) <= warheadCeiling) {
                lo = mid;
                best = m;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Warheads of a force as a treaty counts them: missiles' warheads, and 1 per bomber or its weapons. */
    public static long counted(Force force, boolean onePerBomber) {
        long n = 0;
        for (org.treatylab.stability.force.ForceSystem s : force.systems()) {
            n += s.profile().category().isBomber() && onePerBomber ? s.launchers() : s.warheads();
        }
        return n;
    }

    /** Kill probabilities of two forces computed once, for repeated assessments of scaled versions of them. */
    public static Engagement engagement(Force a, Force b) {
        return Engagement.between(a, b);
    }

    /** Survivors each way, the per-side terms and the first-strike stability index of two forces. */
    public static Assessment assess(Force a, Force b, FirstStrikeParams params) {
        return Engagement.between(a, b).assess(a, b, params);
    }

    /** The largest counterforce strike of {@code attacker} on {@code defender}, in detail. */
    public static ExchangeResult exchange(Force attacker, Force defender, double reserve) {
        return Engagement.between(attacker, defender).exchange(attacker, defender, reserve);
    }

    /** Both forces scaled to each ceiling by each rule and assessed. */
    public static SweepReport sweep(Force a, Force b, List<Long> ceilings, List<Double> cutShares,
            List<ReductionRule> rules, Long deliveryVehicleCeiling, FirstStrikeParams params) {
        return Sweep.run(a, b, ceilings, cutShares, rules, deliveryVehicleCeiling, params);
    }

    /** The assumptions of a counterforce exchange, to list under every exchange report. */
    public static List<String> exchangeAssumptions() {
        return List.of(
                "counterforce first strike with ballistic missiles only (bombers take hours to arrive); each warhead"
                        + " goes where it destroys the most expected enemy warheads (marginal gain), the best weapon for"
                        + " that target first",
                "survivable_share: launchers out of reach of a first strike (day-to-day alert defaults); the rest form"
                        + " aim points of launchers_per_aimpoint launchers each",
                "lethal radius 2.62*Y[Mt]^(1/3)/H[psi]^(1/3) nmi, SSPK 1-0.5^((LR/CEP)^2), TKP = reliability*SSPK;"
                        + " no fratricide, independent failures");
    }

    /**
     * The assumptions of the first-strike stability calculation (after those of the exchange), to list under every
     * stability report beside the per-system {@link ParameterUse}s.
     */
    public static List<String> modelAssumptions(FirstStrikeParams p) {
        List<String> out = new java.util.ArrayList<>(exchangeAssumptions());
        out.add("first-strike stability after Kent & Thaler (RAND R-3765-AF, 1989): cost = D_own^a + w*(1-D_other^a),"
                + " a = " + p.damageExponent() + ", w = " + p.enemyWeight() + " (defaults 0.75 and 0.3 UNCONFIRMED:"
                + " read from an open calculator citing the report); ratio = cost striking first / cost struck first,"
                + " capped at 1; index = product of the two ratios; the striker stops where its own cost is lowest"
                + " (" + (p.resolution() + 1) + " attack sizes compared)");
        out.add("value damage D = 1-0.5^(EMT/" + p.halfValueEmt() + ") from arriving equivalent megatons"
                + " (reliability*Y[Mt]^(2/3) per warhead): ASSUMPTION (TreatyLab's modelling choice)");
        out.add("after a first strike the defender retaliates on value with every surviving warhead, then the"
                + " striker with every weapon it has left");
        if (p.reserve() > 0) {
            out.add("each striker holds back " + p.reserve() + " of every missile system's warheads");
        }
        return List.copyOf(out);
    }
}
