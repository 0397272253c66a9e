package org.treatylab.stability.exchange;

/**
 * One side striking first, as the Kent &amp; Thaler calculation sees it.
 *
 * @param fullStrikeUsed warheads the attacker fires in its largest counterforce strike (all usable missile warheads
 *     that still find a target)
 * @param fullStrikeSurvivors the defender's expected surviving warheads after that strike
 * @param attackSize warheads fired where the attacker's own cost is lowest (where it stops adding attacks)
 * @param survivorsAtAttackSize the defender's expected surviving warheads after that strike
 * @param attackerDamage share of the attacker's value destroyed by the defender's retaliation
 * @param defenderDamage share of the defender's value destroyed by the attacker's remaining weapons
 * @param attackerCost the attacker's cost of striking first
 * @param defenderCost the defender's cost of being struck first
 */
public record Strike(long attackerWarheads, long defenderWarheads, long fullStrikeUsed, double fullStrikeSurvivors,
        long attackSize, double survivorsAtAttackSize, double attackerDamage, double defenderDamage,
        double attackerCost, double defenderCost) {
}
