package org.treatylab.app.stability;

/**
 * One side's counterforce first strike, at full size and at the size it chooses.
 *
 * @param fullStrikeWarheadsUsed warheads a full strike uses
 * @param fullStrikeDefenderSurvivors the defender's expected survivors of a full strike
 * @param chosenAttackSize the attack size at which the striker's own cost is lowest
 */
public record StrikeView(long attackerWarheads, long defenderWarheads, long fullStrikeWarheadsUsed,
        double fullStrikeDefenderSurvivors, long chosenAttackSize, double defenderSurvivorsAtChosenAttack,
        double attackerDamage, double defenderDamage, double attackerCostStrikingFirst,
        double defenderCostStruckFirst) {
}
