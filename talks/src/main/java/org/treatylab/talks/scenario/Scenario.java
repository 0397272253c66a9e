package org.treatylab.talks.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.domain.Party;

/**
 * A talks scenario: who negotiates (two or more parties), over which treaty terms, from which forces, on which
 * calendar, with which model parameters. Every number in it carries its source or rationale.
 *
 * @param postures a shipped posture name or a CSV path (resolved relative to the scenario file), for every
 *     delegation that names none of its own
 * @param firstRound the date of the first round
 * @param deadline the date the old treaty lapses: the first day on which an agreement is late
 * @param softDeadline true when the talks may go on after the deadline (at a cost of delay) until {@code end}
 * @param end the last day a round may take place (soft deadline), or the deadline itself (hard)
 * @param roundDays days between rounds (one move per delegation per round)
 * @param reductionYears years after entry into force at which the limits bind
 * @param counting the counting rule set the agreed treaty uses
 * @param parameters the scenario's model parameters by name (verification model, delay horizon, headline references)
 * @param setup the bilateral alternative, parties outside, fixed issues, first strike and ensemble
 */
public record Scenario(String id, String name, List<Party> parties, String postures, LocalDate firstRound,
        LocalDate deadline, boolean softDeadline, LocalDate end, int roundDays, int reductionYears, String counting,
        List<TalksIssue> issues, Map<Party, Delegation> delegations, Map<String, Parameter> parameters,
        List<String> sources, Setup setup) {

    /** A scenario with the default setup (no bilateral alternative, nobody outside). */
    public Scenario(String id, String name, List<Party> parties, String postures, LocalDate firstRound,
            LocalDate deadline, boolean softDeadline, LocalDate end, int roundDays, int reductionYears, String counting,
            List<TalksIssue> issues, Map<Party, Delegation> delegations, Map<String, Parameter> parameters,
            List<String> sources) {
        this(id, name, parties, postures, firstRound, deadline, softDeadline, end, roundDays, reductionYears, counting,
                issues, delegations, parameters, sources, Setup.DEFAULT);
    }

    /** The top-level parameters every scenario gives, with their meaning (documented in docs/talks-scenarios.md). */
    public static final List<String> PARAMETERS = List.of("facilities", "violating_facilities", "detect_without_ids",
            "telemetry_detection", "cost.inspections", "cost.telemetry", "cost.unique_ids", "horizon_years",
            "headline.warheads_reference", "headline.vehicles_reference");

    /**
     * How verification terms turn into detection and cost.
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

    /** The most rounds a calendar may hold (the shipped 2009 talks have 63 weekly rounds). */
    public static final int MAX_ROUNDS = 1_000;
    /** The largest outcome space (product of the issues' options; the shipped scenario has 90,720). */
    public static final long MAX_OUTCOMES = 250_000;

    public Scenario {
        Objects.requireNonNull(id, "id");
        parties = List.copyOf(parties);
        issues = List.copyOf(issues);
        setup = setup == null ? Setup.DEFAULT : setup;
        Map<Party, Delegation> ordered = new LinkedHashMap<>();
        List<Party> all = new ArrayList<>(parties);
        all.addAll(setup.outside());
        for (Party p : all) {
            if (!delegations.containsKey(p)) {
                throw new IllegalArgumentException("no [delegation " + p + "] section");
            }
            ordered.put(p, delegations.get(p));
        }
        for (Party p : delegations.keySet()) {
            if (!all.contains(p)) {
                throw new IllegalArgumentException("[delegation " + p + "] is not one of the parties " + parties);
            }
        }
        for (Party p : setup.bilateral()) {
            if (!parties.contains(p)) {
                throw new IllegalArgumentException("bilateral: " + p + " is not one of the parties " + parties);
            }
        }
        for (Party p : setup.outside()) {
            if (parties.contains(p)) {
                throw new IllegalArgumentException(p + " cannot be both a party and outside the talks");
            }
        }
        for (Map.Entry<String, String> e : setup.fixed().entrySet()) {
            if (issues.stream().anyMatch(i -> i.id().equals(e.getKey()))) {
                throw new IllegalArgumentException("issue '" + e.getKey() + "' is both negotiated and fixed");
            }
        }
        for (TalksIssue i : issues) {
            for (Party p : i.parties()) {
                if (!all.contains(p)) {
                    throw new IllegalArgumentException("issue '" + i.id() + "': " + p + " is not one of the parties "
                            + parties);
                }
            }
        }
        ceilingsCover(issues);
        delegations = java.util.Collections.unmodifiableMap(ordered);
        parameters = Map.copyOf(parameters);
        sources = List.copyOf(sources);
        if (parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
            throw new IllegalArgumentException("talks need two or more distinct parties, got " + parties);
        }
        if (!firstRound.isBefore(deadline)) {
            throw new IllegalArgumentException("dates out of order: first_round " + firstRound
                    + " must be before deadline " + deadline);
        }
        if (softDeadline && end.isBefore(deadline)) {
            throw new IllegalArgumentException("end " + end + " must not be before the deadline " + deadline);
        }
        if (!softDeadline && !end.equals(deadline)) {
            throw new IllegalArgumentException("a hard deadline ends the talks: end must equal the deadline");
        }
        if (roundDays < 1) {
            throw new IllegalArgumentException("round_days must be at least 1, got " + roundDays);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(firstRound, softDeadline ? end : deadline);
        long rounds = softDeadline ? days / roundDays + 1 : (days + roundDays - 1) / roundDays;
        if (rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException("the calendar from " + firstRound + " to " + (softDeadline ? end
                    : deadline) + " every " + roundDays + " days holds " + rounds + " rounds; at most " + MAX_ROUNDS
                    + " are accepted (fewer, longer rounds: raise round_days)");
        }
        if (reductionYears < 0 || reductionYears > 100) {
            throw new IllegalArgumentException("reduction_years must be 0-100, got " + reductionYears);
        }
        long outcomes = 1;
        for (TalksIssue i : issues) {
            outcomes *= i.values().size();
            if (outcomes > MAX_OUTCOMES) {
                throw new IllegalArgumentException("the issues' options make more than " + MAX_OUTCOMES
                        + " outcomes (the product of their numbers of options); at most " + MAX_OUTCOMES
                        + " are accepted");
            }
        }
        for (String k : PARAMETERS) {
            if (!parameters.containsKey(k)) {
                throw new IllegalArgumentException("missing parameter '" + k + " = NUMBER - source or rationale'");
            }
        }
        int f = parameters.get("facilities").whole();
        int v = parameters.get("violating_facilities").whole();
        if (f > 10_000) {
            throw new IllegalArgumentException("facilities must be at most 10000, got " + f);
        }
        if (f < 1 || v < 1 || v > f) {
            throw new IllegalArgumentException("need 1 <= violating_facilities <= facilities, got " + v + " of " + f);
        }
        new VerificationModel(parameters.get("detect_without_ids").value(), parameters.get("telemetry_detection").value(),
                parameters.get("cost.inspections").value(), parameters.get("cost.telemetry").value(),
                parameters.get("cost.unique_ids").value());
        if (!(parameters.get("horizon_years").value() > 0 && parameters.get("horizon_years").value() <= 100)) {
            throw new IllegalArgumentException("horizon_years must be > 0 and at most 100, got "
                    + parameters.get("horizon_years").value());
        }
    }

    /**
     * Two ceiling issues may set one limit only for disjoint parties; 'common' needs an issue setting the same limit
     * for other parties.
     */
    private static void ceilingsCover(List<TalksIssue> issues) {
        for (TalksIssue a : issues) {
            if (!a.kind().equals("ceiling")) {
                continue;
            }
            boolean other = false;
            for (TalksIssue b : issues) {
                if (b == a || !b.kind().equals("ceiling") || !b.limit().equals(a.limit())) {
                    continue;
                }
                other = true;
                if (a.parties().isEmpty() || b.parties().isEmpty()
                        || a.parties().stream().anyMatch(b.parties()::contains)) {
                    throw new IllegalArgumentException("issues '" + a.id() + "' and '" + b.id() + "' both set limit '"
                            + a.limit() + "' for the same parties (give each 'parties = ...', disjoint)");
                }
            }
            if (a.values().contains(TalksIssue.COMMON) && !other) {
                throw new IllegalArgumentException("issue '" + a.id() + "' offers 'common' but no other issue sets limit '"
                        + a.limit() + "'");
            }
        }
    }

    /** Parties whose forces the talks model: the parties, then those outside. */
    public List<Party> forceParties() {
        List<Party> all = new ArrayList<>(parties);
        all.addAll(setup.outside());
        return List.copyOf(all);
    }

    /** True when {@code p} is outside the talks (its forces unconstrained). */
    public boolean outside(Party p) {
        return setup.outside().contains(p);
    }

    /**
     * The bilateral alternative: the {@code bilateral} parties negotiate the issues that concern them, the others
     * stay outside with their forces unconstrained; an issue that only limits parties outside is fixed at
     * {@code none} (its no-treaty value).
     *
     * @throws IllegalArgumentException when the scenario gives no bilateral alternative
     */
    public Scenario bilateral() {
        if (setup.bilateral().isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + " gives no 'bilateral = A, B'");
        }
        List<Party> in = setup.bilateral();
        List<Party> out = new ArrayList<>(setup.outside());
        parties.stream().filter(p -> !in.contains(p)).forEach(out::add);
        List<TalksIssue> kept = new ArrayList<>();
        Map<String, String> fixed = new LinkedHashMap<>(setup.fixed());
        for (TalksIssue i : issues) {
            if (i.parties().isEmpty() || i.parties().stream().anyMatch(in::contains)) {
                kept.add(i);
            } else {
                fixed.put(i.id(), i.values().contains(TalksIssue.NONE) ? TalksIssue.NONE
                        : i.noTreaty() != null ? i.noTreaty() : i.values().get(0));
            }
        }
        Setup b = new Setup(List.of(), out, fixed, setup.firstStrike(), setup.ensembleAgents(), setup.ensembleSeeds());
        return new Scenario(id + "-bilateral", (name == null ? id : name) + ": the bilateral alternative ("
                + in.get(0) + " and " + in.get(1) + ")", in, postures, firstRound, deadline, softDeadline, end,
                roundDays, reductionYears, counting, kept, delegations, parameters, sources, b);
    }

    public double parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' in scenario " + id);
        }
        return p.value();
    }

    public int facilities() {
        return parameters.get("facilities").whole();
    }

    public int violatingFacilities() {
        return parameters.get("violating_facilities").whole();
    }

    /** The verification model's parameters. */
    public VerificationModel model() {
        return new VerificationModel(parameter("detect_without_ids"), parameter("telemetry_detection"),
                parameter("cost.inspections"), parameter("cost.telemetry"), parameter("cost.unique_ids"));
    }

    /** The number of rounds the calendar holds. */
    public int rounds() {
        return dates().size();
    }

    /** The number of rounds before the deadline. */
    public int roundsBeforeDeadline() {
        return (int) dates().stream().filter(d -> d.isBefore(deadline)).count();
    }

    /** The date of each round, first to last: before the deadline (hard), or up to and including {@code end} (soft). */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = firstRound; softDeadline ? !d.isAfter(end) : d.isBefore(deadline); d = d.plusDays(roundDays)) {
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
        Delegation d = delegations.get(p);
        if (d == null) {
            throw new IllegalArgumentException(p + " is not a party to " + id);
        }
        return d;
    }

    /** The parties other than {@code p}, in scenario order. */
    public List<Party> others(Party p) {
        return parties.stream().filter(x -> !x.equals(p)).toList();
    }

    /** The posture a delegation's forces come from. */
    public String postureOf(Party p) {
        String own = delegation(p).posture();
        return own == null ? postures : own;
    }

    /** A copy with one delegation replaced. */
    public Scenario with(Delegation d) {
        Map<Party, Delegation> m = new LinkedHashMap<>(delegations);
        m.put(d.party(), d);
        return new Scenario(id, name, parties, postures, firstRound, deadline, softDeadline, end, roundDays,
                reductionYears, counting, issues, m, parameters, sources, setup);
    }

    /** A copy whose postures (and delegations' postures) are the given resolved paths. */
    public Scenario withPostures(String scenarioPostures, Map<Party, Delegation> delegationsWithPostures) {
        return new Scenario(id, name, parties, scenarioPostures, firstRound, deadline, softDeadline, end, roundDays,
                reductionYears, counting, issues, delegationsWithPostures, parameters, sources, setup);
    }
}
