package org.treatylab.stability.multi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treatylab.domain.Party;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;

/**
 * First-strike stability among N parties, built on the two-party engine.
 *
 * <p>The index. Kent &amp; Thaler (RAND R-3765-AF, 1989) define, for two sides, each side's ratio r = C(strike first)
 * / C(struck first), capped at 1, and the index S = r_A r_B. For N parties TreatyLab takes, for each party i, its
 * lowest ratio against any single other party j, computed in the pair (i, j) as Kent &amp; Thaler do, and multiplies
 * them: S_N = prod_i min_{j != i} r_i(j). For N = 2 this is exactly Kent &amp; Thaler's index. The extension is
 * TreatyLab's (the open literature on three-party stability, e.g. Rusten and Melamed, Arms Control Today 2023, argues
 * the question but gives no index): a party is as tempted to strike as its most tempting single target makes it,
 * and a third party's forces do not enter a pair's cost terms (neither side holds weapons back for it).
 *
 * <p>The strikes. Each party's survivors after each other party's largest counterforce strike on it alone (the pair's
 * exchange), after all other parties strike it together (their forces pooled as one attacker: the marginal-gain
 * allocation sends each warhead where it destroys the most), and when one attacker divides a single strike between
 * all the others (their forces pooled as one target set). Pooling needs distinct system names across the parties.
 */
public final class Multilateral {
    private Multilateral() {
    }

    /** Assesses the forces (two or more, one per party, in the order given). */
    public static MultiAssessment assess(List<Force> forces, FirstStrikeParams params, StrikeScenario scenario) {
        List<Party> parties = parties(forces);
        List<Assessment> pairs = new ArrayList<>();
        for (int i = 0; i < forces.size(); i++) {
            for (int j = i + 1; j < forces.size(); j++) {
                pairs.add(Engagement.between(forces.get(i), forces.get(j)).assess(params));
            }
        }
        Map<Party, Map<Party, Double>> single = new LinkedHashMap<>();
        for (Party d : parties) {
            Map<Party, Double> m = new LinkedHashMap<>();
            for (Assessment a : pairs) {
                if (a.a().equals(d)) {
                    m.put(a.b(), a.survivorsA());
                } else if (a.b().equals(d)) {
                    m.put(a.a(), a.survivorsB());
                }
            }
            single.put(d, m);
        }
        Map<Party, Double> joint = new LinkedHashMap<>();
        Map<Party, Map<Party, Double>> split = new LinkedHashMap<>();
        for (int d = 0; d < forces.size(); d++) {
            List<Force> others = new ArrayList<>(forces);
            Force defender = others.remove(d);
            joint.put(defender.party(), forces.size() == 2 ? single.get(defender.party()).values().iterator().next()
                    : jointStrike(others, defender).defenderSurvivingWarheads());
            if (forces.size() > 2) {
                split.put(defender.party(), bySource(splitStrike(defender, others), others));
            }
        }
        Map<Party, Double> ratios = ratios(parties, pairs);
        return new MultiAssessment(parties, pairs, single, joint, split, ratios, index(ratios.values()), scenario);
    }

    /** Each party's lowest ratio against any single other party, from the pairs' assessments. */
    public static Map<Party, Double> ratios(List<Party> parties, List<Assessment> pairs) {
        Map<Party, Double> out = new LinkedHashMap<>();
        for (Party p : parties) {
            double r = 1;
            for (Assessment a : pairs) {
                if (a.a().equals(p)) {
                    r = Math.min(r, a.ratioA());
                } else if (a.b().equals(p)) {
                    r = Math.min(r, a.ratioB());
                }
            }
            out.put(p, r);
        }
        return out;
    }

    /** The N-party index: the product of the parties' ratios. */
    public static double index(Iterable<Double> ratios) {
        double s = 1;
        for (double r : ratios) {
            s *= r;
        }
        return s;
    }

    /** All {@code attackers} striking {@code defender} together, as one attacker with every attacker's systems. */
    public static ExchangeResult jointStrike(List<Force> attackers, Force defender) {
        Force pooled = pooled(attackers);
        return Engagement.between(pooled, defender).exchange(pooled, defender, 0);
    }

    /** {@code attacker} dividing one strike between all {@code defenders}, whose aim points form one target set. */
    public static ExchangeResult splitStrike(Force attacker, List<Force> defenders) {
        Force pooled = pooled(defenders);
        return Engagement.between(attacker, pooled).exchange(attacker, pooled, 0);
    }

    /** Expected surviving warheads per defender of a strike on pooled forces, by the systems each defender owns. */
    static Map<Party, Double> bySource(ExchangeResult r, List<Force> defenders) {
        Map<Party, Double> out = new LinkedHashMap<>();
        int k = 0;
        for (Force f : defenders) {
            double s = 0;
            for (int j = 0; j < f.size(); j++) {
                s += r.bySystem().get(k++).surviving();
            }
            out.put(f.party(), s);
        }
        return out;
    }

    /** The forces' systems as one force (of the first party): the profiles are shared, the names must be distinct. */
    static Force pooled(List<Force> forces) {
        List<ForceSystem> systems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Force f : forces) {
            for (ForceSystem s : f.systems()) {
                if (!names.add(s.profile().name().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("cannot pool forces: system '" + s.profile().name()
                            + "' appears in more than one of " + parties(forces));
                }
                systems.add(s);
            }
        }
        return new Force(forces.get(0).party(), forces.get(0).asOf(), systems);
    }

    private static List<Party> parties(List<Force> forces) {
        List<Party> out = forces.stream().map(Force::party).toList();
        if (out.size() < 2 || new HashSet<>(out).size() != out.size()) {
            throw new IllegalArgumentException("need two or more forces of distinct parties, got " + out);
        }
        return out;
    }
}
