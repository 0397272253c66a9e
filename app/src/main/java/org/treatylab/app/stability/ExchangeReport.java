package org.treatylab.app.stability;

import java.util.List;

/**
 * One counterforce first strike in detail, with its Monte Carlo replay (or null), the parameters used and the
 * assumptions (the JSON of {@code treatylab stability exchange} and {@code POST /api/stability/exchange}).
 */
public record ExchangeReport(double defenderSurvivingWarheads, long attackerWarheadsUsed, long attackerWarheadsLeft,
        List<SystemOutcome> bySystem, MonteCarlo monteCarlo, String attacker, String defender, double reserve,
        long attackerWarheads, long defenderWarheads, List<WeaponUse> weapons, List<ParameterUseView> parameters,
        List<String> assumptions, List<ForceRow> forces) {
    public ExchangeReport {
        bySystem = List.copyOf(bySystem);
        weapons = List.copyOf(weapons);
        parameters = List.copyOf(parameters);
        assumptions = List.copyOf(assumptions);
        forces = List.copyOf(forces);
    }

    /** One defender system after the strike. */
    public record SystemOutcome(String system, long warheads, double survivingWarheads, double untargetableWarheads,
            long aimpoints) {
    }

    /** One attacker system's part: its warheads, those used, and whether it can strike counterforce. */
    public record WeaponUse(String system, long warheads, long used, boolean counterforce) {
    }

    /**
     * The seeded replay of the strike.
     *
     * @param ci95 the 95% interval of the mean, low and high
     */
    public record MonteCarlo(double mean, List<Double> ci95, int trials, long seed, double stdDev) {
        public MonteCarlo {
            ci95 = List.copyOf(ci95);
        }
    }
}
