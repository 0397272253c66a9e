package org.treatylab.talks.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.domain.Party;

/**
 * A talks scenario: who negotiates, over which treaty terms, from which forces, on which calendar.
 *
 * @param postures a shipped posture name or a CSV path (resolved relative to the scenario file)
 * @param firstRound the date of the first round
 * @param deadline the first day on which an agreement is too late (the expiry of the treaty being replaced)
 * @param roundDays days between rounds (one offer per round)
 * @param reductionYears years after entry into force at which the limits bind
 * @param counting the counting rule set the agreed treaty uses
 * @param reductionRule how forces are scaled to ceilings for the stability criteria
 * @param facilities declared facilities of each side, for the inspection planner
 * @param violatingFacilities facilities a cheating side would use
 * @param model the verification model's parameters (assumptions documented in the scenario file)
 */
public record Scenario(String id, String name, List<Party> parties, String postures, LocalDate firstRound,
        LocalDate deadline, int roundDays, int reductionYears, String counting, String reductionRule, int facilities,
        int violatingFacilities, VerificationModel model, List<TalksIssue> issues, Map<Party, Delegation> delegations,
        List<String> sources) {

    /**
     * How verification terms turn into detection and cost (all assumptions, stated in the scenario file).
     *
     * @param detectWithoutIds chance that an inspection of a violating facility finds the violation when items
     *     carry no unique identifiers (with identifiers: 1)
     * @param telemetryDetection chance per year that telemetry exchange alone reveals a violation
     * @param costInspections share of the full intrusiveness cost due to the largest number of inspections
     * @param costTelemetry share due to telemetry exchange
     * @param costUniqueIds share due to unique identifiers
     */
    public record VerificationModel(double detectWithoutIds, double telemetryDetection, double costInspections,
            double costTelemetry, double costUniqueIds) {
        public VerificationModel {
            for (double v : new double[] {detectWithoutIds, telemetryDetection, costInspections, costTelemetry,
                costUniqueIds}) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("verification model values must be in [0, 1], got " + v);
                }
            }
            if (Math.abs(costInspections + costTelemetry + costUniqueIds - 1) > 1e-9) {
                throw new IllegalArgumentException("cost.inspections + cost.telemetry + cost.unique_ids must sum to 1, got "
                        + (costInspections + costTelemetry + costUniqueIds));
            }
        }
    }

    public Scenario {
        Objects.requireNonNull(id, "id");
        parties = List.copyOf(parties);
        issues = List.copyOf(issues);
        delegations = Map.copyOf(delegations);
        sources = List.copyOf(sources);
        if (!firstRound.isBefore(deadline)) {
            throw new IllegalArgumentException("dates out of order: first_round " + firstRound
                    + " must be before deadline " + deadline);
        }
        if (roundDays < 1) {
            throw new IllegalArgumentException("round_days must be at least 1, got " + roundDays);
        }
        if (parties.size() != 2) {
            throw new IllegalArgumentException("talks are bilateral: expected two parties, got " + parties);
        }
        for (Party p : parties) {
            if (!delegations.containsKey(p)) {
                throw new IllegalArgumentException("no [delegation " + p + "] section");
            }
        }
        if (facilities < 1 || violatingFacilities < 1 || violatingFacilities > facilities) {
            throw new IllegalArgumentException("need 1 <= violating_facilities <= facilities, got "
                    + violatingFacilities + " of " + facilities);
        }
    }

    /** The number of rounds before the deadline. */
    public int rounds() {
        return dates().size();
    }

    /** The date of each round, first to last. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = firstRound; d.isBefore(deadline); d = d.plusDays(roundDays)) {
            out.add(d);
        }
        return out;
    }

    /** The date of round {@code r} (0-based). */
    public LocalDate dateOf(int round) {
        return firstRound.plusDays((long) round * roundDays);
    }

    public Optional<TalksIssue> issue(String issueId) {
        return issues.stream().filter(i -> i.id().equals(issueId)).findFirst();
    }

    public Delegation delegation(Party p) {
        return delegations.get(p);
    }

    /** The other party of the two. */
    public Party other(Party p) {
        return parties.get(0).equals(p) ? parties.get(1) : parties.get(0);
    }

    /** A copy with one delegation replaced. */
    public Scenario with(Delegation d) {
        Map<Party, Delegation> m = new java.util.HashMap<>(delegations);
        m.put(d.party(), d);
        return new Scenario(id, name, parties, postures, firstRound, deadline, roundDays, reductionYears, counting,
                reductionRule, facilities, violatingFacilities, model, issues, m, sources);
    }
}
