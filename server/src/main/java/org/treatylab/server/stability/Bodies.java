package org.treatylab.server.stability;

import java.time.LocalDate;
import java.util.List;

/** The JSON request bodies of the stability routes, as the OpenAPI document describes them. */
public final class Bodies {
    private Bodies() {
    }

    /** Weapon effects against one hard target; reliability defaults to 1, warheads to 1. */
    public record SspkBody(double yieldKt, double hardnessPsi, double cepM, Double reliability, Integer warheads) {
    }

    /**
     * A counterforce first strike: each side a shipped posture name or posture CSV text (exactly one), optionally its
     * party; trials 0 (analytic) or 2 and more; reserve a share in [0, 1).
     */
    public record ExchangeBody(String attacker, String attackerCsv, String attackerParty, String defender,
            String defenderCsv, String defenderParty, LocalDate date, Double reserve, Integer trials, Long seed) {
    }

    /** A sweep across warhead ceilings; side B defaults to side A's postures (their other party). */
    public record SweepBody(String postureA, String postureACsv, String partyA, String postureB,
            String postureBCsv, String partyB, LocalDate date, List<Long> ceilings, String rule, List<String> rules,
            List<Double> cuts, Long deliveryVehicles, Double damageExponent, Double enemyWeight, Double halfValueEmt,
            Double reserve) {
    }

    /** A treaty's stability consequences for both parties of a posture file. */
    public record TreatyStabilityBody(String treaty, String treatyText, String posture, String postureCsv,
            String partyA, String partyB, LocalDate date, String rule) {
    }
}
