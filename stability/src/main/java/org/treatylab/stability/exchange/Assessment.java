package org.treatylab.stability.exchange;

import org.treatylab.domain.Party;

/**
 * First-strike stability of a pair of forces: each side striking first, each side's ratio of its cost of striking
 * first to its cost of being struck first (capped at 1), and the index, the product of the two ratios. An index of 1
 * means neither side gains by striking first; lower is less stable.
 *
 * @param aFirst side A strikes first
 * @param bFirst side B strikes first
 */
public record Assessment(Party a, Party b, Strike aFirst, Strike bFirst, double ratioA, double ratioB, double index) {

    static Assessment of(Party a, Party b, Strike aFirst, Strike bFirst) {
        double ra = ratio(aFirst.attackerCost(), bFirst.defenderCost());
        double rb = ratio(bFirst.attackerCost(), aFirst.defenderCost());
        return new Assessment(a, b, aFirst, bFirst, ra, rb, ra * rb);
    }

    /** C_first / C_second capped at 1; a side that loses nothing by waiting has no reason to strike (ratio 1). */
    static double ratio(double first, double second) {
        return second <= 0 ? 1 : Math.min(1, first / second);
    }

    /** A's expected surviving warheads after B's largest counterforce strike. */
    public double survivorsA() {
        return bFirst.fullStrikeSurvivors();
    }

    /** B's expected surviving warheads after A's largest counterforce strike. */
    public double survivorsB() {
        return aFirst.fullStrikeSurvivors();
    }
}
