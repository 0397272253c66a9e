package org.treatylab.cli.stability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.cli.TextTable;
import org.treatylab.domain.forces.SystemParameter;
import org.treatylab.stability.ParameterUse;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.Strike;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.force.Origin;
import org.treatylab.stability.force.Resolved;
import org.treatylab.stability.force.SystemProfile;

/** Shapes of stability results for JSON and text: ordered maps with snake_case keys, and the parameter table. */
final class StabilityViews {
    static final String ORIGIN_LEGEND = "value sources: row = posture row column; cat/est, cat/asm, cat/conf = shipped "
            + "catalogue estimate, assumption, confirmed; default = category default (assumption); missing = none "
            + "(a missile without yield or CEP cannot strike counterforce; a warhead without yield does no damage)";

    private StabilityViews() {
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Short code of an origin for tables. */
    static String code(Origin o) {
        return switch (o.kind()) {
            case SCENARIO -> "scenario";
            case POSTURE_ROW -> "row";
            case CATALOGUE -> "cat/" + switch (o.status()) {
                case CONFIRMED -> "conf";
                case ESTIMATE -> "est";
                case ASSUMPTION -> "asm";
            };
            case CATEGORY_DEFAULT -> "default";
            case MISSING -> "missing";
        };
    }

    /** One row per system with every parameter the engine used and where it came from. */
    static TextTable parameterTable(Force... forces) {
        List<String> header = new ArrayList<>(List.of("party", "system", "launchers", "warheads"));
        SystemProfile.USED.forEach(p -> header.add(p.column()));
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (Force f : forces) {
            for (ForceSystem s : f.systems()) {
                List<Object> cells = new ArrayList<>(List.of(f.party(), s.profile().name(), s.launchers(),
                        s.warheads() + " (" + code(s.profile().warheadsOrigin()) + ")"));
                for (SystemParameter p : SystemProfile.USED) {
                    Resolved r = s.profile().parameter(p);
                    cells.add(r.isPresent() ? trim(r.value()) + " (" + code(r.origin()) + ")" : "missing");
                }
                t.row(cells.toArray());
            }
        }
        return t;
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }

    static List<Map<String, Object>> parameters(Force... forces) {
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

    static Map<String, Object> strike(Strike s) {
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

    static Map<String, Object> assessment(Assessment a) {
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
}
