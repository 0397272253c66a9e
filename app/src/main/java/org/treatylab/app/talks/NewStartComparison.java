package org.treatylab.app.talks;

/** Agreed terms against the Joint Understanding of 2009-07-06 and the signed New START terms (2010-04-08). */
public record NewStartComparison(JointUnderstanding jointUnderstanding, NewStart newStart) {

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
