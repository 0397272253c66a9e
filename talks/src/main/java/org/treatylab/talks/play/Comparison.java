package org.treatylab.talks.play;

import java.util.LinkedHashMap;
import java.util.Map;
import org.treatylab.talks.terms.Terms;

/**
 * Agreed terms against the Joint Understanding of 2009-07-06 and the signed New START terms (2010-04-08).
 *
 * <p>The Joint Understanding gives 500-1,100 "strategic delivery vehicles" without saying deployed or total, so
 * both ceilings are compared with that range; and 1,500-1,675 warheads. New START: 1,550 warheads, 700 deployed
 * and 800 total launchers, missile defence only in the preamble (treaties.md).
 */
public final class Comparison {
    public static final long JU_WARHEADS_LOW = 1500;
    public static final long JU_WARHEADS_HIGH = 1675;
    public static final long JU_VEHICLES_LOW = 500;
    public static final long JU_VEHICLES_HIGH = 1100;
    public static final long NS_WARHEADS = 1550;
    public static final long NS_DEPLOYED = 700;
    public static final long NS_TOTAL = 800;
    public static final String NS_MISSILE_DEFENSE = "preamble";

    private Comparison() {
    }

    /** Where a ceiling stands against a range: "within", "below", "above", or "no limit". */
    static String against(Long value, long low, long high) {
        if (value == null) {
            return "no limit";
        }
        return value < low ? "below" : value > high ? "above" : "within";
    }

    /** The comparison as ordered data: each term, its value, the reference and where it stands. */
    public static Map<String, Object> of(Terms t) {
        Map<String, Object> ju = new LinkedHashMap<>();
        ju.put("warheads", entry(t.warheads(), "1500-1675", against(t.warheads(), JU_WARHEADS_LOW, JU_WARHEADS_HIGH)));
        ju.put("deployed_launchers", entry(t.deployedLaunchers(), "500-1100",
                against(t.deployedLaunchers(), JU_VEHICLES_LOW, JU_VEHICLES_HIGH)));
        ju.put("total_launchers", entry(t.totalLaunchers(), "500-1100",
                against(t.totalLaunchers(), JU_VEHICLES_LOW, JU_VEHICLES_HIGH)));
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("warheads", difference(t.warheads(), NS_WARHEADS));
        ns.put("deployed_launchers", difference(t.deployedLaunchers(), NS_DEPLOYED));
        ns.put("total_launchers", difference(t.totalLaunchers(), NS_TOTAL));
        Map<String, Object> md = new LinkedHashMap<>();
        md.put("agreed", t.missileDefense());
        md.put("signed", NS_MISSILE_DEFENSE);
        md.put("same", t.missileDefense().equals(NS_MISSILE_DEFENSE));
        ns.put("missile_defense", md);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("joint_understanding", ju);
        out.put("new_start", ns);
        return out;
    }

    private static Map<String, Object> entry(Long value, String range, String where) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agreed", value);
        m.put("range", range);
        m.put("position", where);
        return m;
    }

    private static Map<String, Object> difference(Long value, long signed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agreed", value);
        m.put("signed", signed);
        m.put("difference", value == null ? null : value - signed);
        return m;
    }
}
