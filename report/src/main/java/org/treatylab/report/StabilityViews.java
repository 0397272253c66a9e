package org.treatylab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.stability.ParameterUse;
import org.treatylab.stability.Stability;
import org.treatylab.stability.effects.WeaponEffects;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.MonteCarloResult;
import org.treatylab.stability.exchange.Strike;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.stability.sweep.SweepPoint;
import org.treatylab.stability.sweep.SweepReport;

/**
 * The JSON shapes of stability results (sspk, exchange, sweep), shared by {@code treatylab stability ... --format
 * json} and {@code /api/stability/...}: ordered maps with snake_case keys.
 */
public final class StabilityViews {
    private StabilityViews() {
    }

    /** Lethal radius, SSPK, TKP and the kill probability of {@code warheads} independent warheads on one target. */
    public static Map<String, Object> sspk(double yieldKt, double hardnessPsi, double cepM, double reliability,
            int warheads) {
        double lr = WeaponEffects.lethalRadiusM(yieldKt, hardnessPsi);
        double sspk = WeaponEffects.sspk(lr, cepM);
        double tkp = WeaponEffects.tkp(reliability, sspk);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lethal_radius_m", lr);
        m.put("sspk", sspk);
        m.put("tkp", tkp);
        m.put("kill_probability", WeaponEffects.killProbability(tkp, warheads));
        return m;
    }

    /** Every parameter the engine used for every system, with where it came from. */
    public static List<Map<String, Object>> parameters(Force... forces) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParameterUse u : ParameterUse.of(forces)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("party", u.party().code());
            m.put("system", u.system());
            m.put("parameter", u.parameter());
            m.put("value", Double.isNaN(u.value()) ? null : u.value());
            m.put("from", u.origin().kind().label());
            m.put("where", u.origin().where());
            m.put("status", u.origin().status() == null ? null : u.origin().status().label());
            m.put("note", u.origin().note());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> strike(Strike s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attacker_warheads", s.attackerWarheads());
        m.put("defender_warheads", s.defenderWarheads());
        m.put("full_strike_warheads_used", s.fullStrikeUsed());
        m.put("full_strike_defender_survivors", s.fullStrikeSurvivors());
        m.put("chosen_attack_size", s.attackSize());
        m.put("defender_survivors_at_chosen_attack", s.survivorsAtAttackSize());
        m.put("attacker_damage", s.attackerDamage());
        m.put("defender_damage", s.defenderDamage());
        m.put("attacker_cost_striking_first", s.attackerCost());
        m.put("defender_cost_struck_first", s.defenderCost());
        return m;
    }

    /** The index, each side's ratio and each side's first strike; keys name the parties ("ratio_us"). */
    public static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean same = a.a().equals(a.b());
        String pa = same ? "a" : a.a().lowerCode();
        String pb = same ? "b" : a.b().lowerCode();
        m.put("index", a.index());
        m.put("ratio_" + pa, a.ratioA());
        m.put("ratio_" + pb, a.ratioB());
        m.put(pa + "_strikes_first", strike(a.aFirst()));
        m.put(pb + "_strikes_first", strike(a.bFirst()));
        return m;
    }

    /**
     * One counterforce first strike, with its Monte Carlo replay (or null) and the parameters and assumptions.
     *
     * @param seed the Monte Carlo seed, reported with its result
     */
    public static Map<String, Object> exchange(ExchangeResult r, MonteCarloResult mc, long seed, Force... sides) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("defender_surviving_warheads", r.defenderSurvivingWarheads());
        m.put("attacker_warheads_used", r.attackerWarheadsUsed());
        m.put("attacker_warheads_left", r.attackerWarheadsLeft());
        m.put("by_system", r.bySystem().stream().map(s -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("system", s.system());
            sm.put("warheads", s.warheads());
            sm.put("surviving_warheads", s.surviving());
            sm.put("untargetable_warheads", s.untargetable());
            sm.put("aimpoints", s.aimpoints());
            return sm;
        }).toList());
        if (mc == null) {
            m.put("monte_carlo", null);
        } else {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("mean", mc.mean());
            mm.put("ci95", List.of(mc.ci95Low(), mc.ci95High()));
            mm.put("trials", mc.trials());
            mm.put("seed", seed);
            mm.put("std_dev", mc.stdDev());
            m.put("monte_carlo", mm);
        }
        m.put("attacker", r.attacker().code());
        m.put("defender", r.defender().code());
        m.put("reserve", r.reserve());
        m.put("attacker_warheads", r.attackerWarheads());
        m.put("defender_warheads", r.defenderWarheads());
        m.put("weapons", r.weapons().stream().map(w -> {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("system", w.system());
            wm.put("warheads", w.warheads());
            wm.put("used", w.used());
            wm.put("counterforce", w.counterforce());
            return wm;
        }).toList());
        m.put("parameters", parameters(sides));
        m.put("assumptions", Stability.exchangeAssumptions());
        return m;
    }

    /** "US: us-russia-2009 as of 2009-01-01, 2,172 warheads on 882 deployed delivery vehicles". */
    public static String describe(Force f, String source) {
        return String.format("%s: %s%s, %,d warheads on %,d deployed delivery vehicles", f.party(), source,
                f.asOf() == null ? "" : " as of " + f.asOf(), f.totalWarheads(), f.totalLaunchers());
    }

    /**
     * A sweep: the sides, the parameters, one entry per point (warheads, vehicles, survivors each way and the full
     * assessment), the reduction rules, the model's assumptions and every system parameter used.
     *
     * @param described one line per side, as {@link #describe} writes it
     */
    public static Map<String, Object> sweep(SweepReport report, List<String> described) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", report.a().party().code());
        m.put("b", report.b().party().code());
        m.put("sides", described);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("damage_exponent", report.params().damageExponent());
        p.put("enemy_weight", report.params().enemyWeight());
        p.put("half_value_emt", report.params().halfValueEmt());
        p.put("reserve", report.params().reserve());
        p.put("delivery_vehicle_ceiling", report.launcherCeiling());
        m.put("params", p);
        List<Map<String, Object>> points = new ArrayList<>();
        for (SweepPoint pt : report.points()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("rule", pt.rule().id());
            pm.put("ceiling", pt.ceiling());
            pm.put("cut_share", pt.cutShare());
            pm.putAll(forces(pt.a(), pt.b(), pt.assessment()));
            points.add(pm);
        }
        m.put("points", points);
        m.put("rules", report.rules().stream().map(StabilityViews::rule).toList());
        m.put("assumptions", Stability.modelAssumptions(report.params()));
        m.put("parameters", parameters(report.a(), report.b()));
        return m;
    }

    /**
     * Two forces and their assessment: warheads, delivery vehicles and survivors of each side (a_ for side A, b_ for
     * side B) and the full assessment.
     */
    public static Map<String, Object> forces(Force a, Force b, Assessment assessment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a_warheads", a.totalWarheads());
        m.put("b_warheads", b.totalWarheads());
        m.put("a_vehicles", a.totalLaunchers());
        m.put("b_vehicles", b.totalLaunchers());
        m.put("a_survivors", assessment.survivorsA());
        m.put("b_survivors", assessment.survivorsB());
        m.put("assessment", assessment(assessment));
        return m;
    }

    public static Map<String, Object> rule(ReductionRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("description", r.description());
        return m;
    }
}
