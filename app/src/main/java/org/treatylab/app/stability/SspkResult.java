package org.treatylab.app.stability;

/**
 * Weapon effects against one hard target.
 *
 * @param lethalRadiusM the lethal radius in metres
 * @param sspk single-shot kill probability
 * @param tkp terminal kill probability (reliability times SSPK)
 * @param killProbability of the given number of independent warheads
 */
public record SspkResult(double lethalRadiusM, double sspk, double tkp, double killProbability) {
}
