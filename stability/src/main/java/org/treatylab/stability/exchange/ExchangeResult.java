package org.treatylab.stability.exchange;

import java.util.List;
import java.util.Objects;
import org.treatylab.domain.Party;

/**
 * A counterforce first strike in detail: the defender's expected surviving warheads by system and the attacker's
 * warheads used and left.
 *
 * @param attackerWarheadsLeft the attacker's warheads not used: reserve, bombers, weapons that cannot strike
 *     counterforce, and any not needed
 * @param plan the allocation, for Monte Carlo replays
 */
public record ExchangeResult(Party attacker, Party defender, double reserve, long attackerWarheads,
        long attackerWarheadsUsed, long attackerWarheadsLeft, long defenderWarheads, double defenderSurvivingWarheads,
        List<SystemOutcome> bySystem, List<WeaponUse> weapons, Plan plan) {

    public ExchangeResult {
        Objects.requireNonNull(attacker, "attacker");
        Objects.requireNonNull(defender, "defender");
        bySystem = List.copyOf(bySystem);
        weapons = List.copyOf(weapons);
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * One defender system after the strike.
     *
     * @param untargetable warheads out of reach of the strike (the survivable share)
     * @param aimpoints aim points its targetable launchers form
     * @param surviving expected surviving warheads, untargetable ones included
     */
    public record SystemOutcome(String system, long warheads, double untargetable, long aimpoints,
            double surviving) {
    }

    /**
     * One attacker system's part in the strike.
     *
     * @param counterforce whether it can strike counterforce (a missile with yield and CEP)
     */
    public record WeaponUse(String system, long warheads, long used, boolean counterforce) {
    }
}
