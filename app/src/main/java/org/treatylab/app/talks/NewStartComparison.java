package org.treatylab.app.talks;

import org.treatylab.talks.play.Comparison;

/** Agreed terms against the Joint Understanding of 2009-07-06 and the signed New START terms (2010-04-08). */
public record NewStartComparison(JointUnderstanding jointUnderstanding, NewStart newStart) {
    /** The historical terms every comparison is made against. */
    public static final References REFERENCES = new References(Comparison.JU_WARHEADS_LOW, Comparison.JU_WARHEADS_HIGH,
            Comparison.JU_VEHICLES_LOW, Comparison.JU_VEHICLES_HIGH, Comparison.NS_WARHEADS, Comparison.NS_DEPLOYED,
            Comparison.NS_TOTAL, Comparison.NS_MISSILE_DEFENSE);

    /**
     * The Joint Understanding's ranges (its delivery vehicles, deployed or not unsaid, stand for both launcher
     * ceilings) and the signed New START ceilings and missile-defence wording.
     */
    public record References(long jointWarheadsLow, long jointWarheadsHigh, long jointVehiclesLow,
            long jointVehiclesHigh, long newStartWarheads, long newStartDeployed, long newStartTotal,
            String newStartMissileDefense) {
    }

    /** The Joint Understanding's ranges. */
    public record JointUnderstanding(RangePosition warheads, RangePosition deployedLaunchers,
            RangePosition totalLaunchers) {
    }

    /** The signed New START terms. */
    public record NewStart(SignedDifference warheads, SignedDifference deployedLaunchers,
            SignedDifference totalLaunchers, MissileDefenseComparison missileDefense) {
    }

    /**
     * A ceiling against a range.
     *
     * @param position within, below, above, or "no limit"
     */
    public record RangePosition(Long agreed, String range, String position) {
    }

    /**
     * A ceiling against the signed one.
     *
     * @param difference agreed minus signed, null without an agreed ceiling
     */
    public record SignedDifference(Long agreed, long signed, Long difference) {
    }

    /** Missile defence as agreed and as signed. */
    public record MissileDefenseComparison(String agreed, String signed, boolean same) {
    }
}
