package org.treatylab.talks.play;

import java.util.Objects;
import org.treatylab.talks.terms.Terms;

/**
 * Agreed terms against the Joint Understanding of 2009-07-06 and the signed New START terms (2010-04-08), computed
 * once with the result.
 *
 * <p>The Joint Understanding gives 500-1,100 "strategic delivery vehicles" without saying deployed or total, so
 * both ceilings are compared with that range; and 1,500-1,675 warheads. New START: 1,550 warheads, 700 deployed
 * and 800 total launchers, missile defence only in the preamble (treaties.md).
 */
public record Comparison(JointUnderstanding jointUnderstanding, NewStart newStart) {
    public static final long JU_WARHEADS_LOW = 1500;
    public static final long JU_WARHEADS_HIGH = 1675;
    public static final long JU_VEHICLES_LOW = 500;
    public static final long JU_VEHICLES_HIGH = 1100;
    public static final long NS_WARHEADS = 1550;
    public static final long NS_DEPLOYED = 700;
    public static final long NS_TOTAL = 800;
    public static final String NS_MISSILE_DEFENSE = "preamble";

    public Comparison {
        Objects.requireNonNull(jointUnderstanding, "jointUnderstanding");
        Objects.requireNonNull(newStart, "newStart");
    }

    /**
     * A ceiling against a range.
     *
     * @param agreed the agreed ceiling, null for none
     * @param position "within", "below", "above", or "no limit"
     */
    public record Position(Long agreed, String range, String position) {
    }

    /**
     * A ceiling against the signed one.
     *
     * @param difference agreed minus signed, null without an agreed ceiling
     */
    public record Difference(Long agreed, long signed, Long difference) {
    }

    /** Missile defence as agreed and as signed. */
    public record MissileDefense(String agreed, String signed, boolean same) {
    }

    /** The Joint Understanding's ranges. */
    public record JointUnderstanding(Position warheads, Position deployedLaunchers, Position totalLaunchers) {
    }

    /** The signed New START terms. */
    public record NewStart(Difference warheads, Difference deployedLaunchers, Difference totalLaunchers,
            MissileDefense missileDefense) {
    }

    /** Where a ceiling stands against a range: "within", "below", "above", or "no limit". */
    static String against(Long value, long low, long high) {
        if (value == null) {
            return "no limit";
        }
        return value < low ? "below" : value > high ? "above" : "within";
    }

    public static Comparison of(Terms t) {
        String vehicles = JU_VEHICLES_LOW + "-" + JU_VEHICLES_HIGH;
        JointUnderstanding ju = new JointUnderstanding(
                new Position(t.warheads(), JU_WARHEADS_LOW + "-" + JU_WARHEADS_HIGH,
                        against(t.warheads(), JU_WARHEADS_LOW, JU_WARHEADS_HIGH)),
                new Position(t.deployedLaunchers(), vehicles,
                        against(t.deployedLaunchers(), JU_VEHICLES_LOW, JU_VEHICLES_HIGH)),
                new Position(t.totalLaunchers(), vehicles, against(t.totalLaunchers(), JU_VEHICLES_LOW, JU_VEHICLES_HIGH)));
        NewStart ns = new NewStart(difference(t.warheads(), NS_WARHEADS),
                difference(t.deployedLaunchers(), NS_DEPLOYED), difference(t.totalLaunchers(), NS_TOTAL),
                new MissileDefense(t.missileDefense(), NS_MISSILE_DEFENSE, t.missileDefense().equals(NS_MISSILE_DEFENSE)));
        return new Comparison(ju, ns);
    }

    private static Difference difference(Long value, long signed) {
        return new Difference(value, signed, value == null ? null : value - signed);
    }
}
