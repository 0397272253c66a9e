package org.treatylab.talks.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.negotiation.model.DiscreteIssue;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.preference.UtilityFunction;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * Each delegation's preferences over the scenario's outcome space, derived from the engines.
 *
 * <p>A delegation's value of a set of terms in force is the weighted sum of its criterion scores,
 * v = sum_c w_c s_c(terms); its value of no treaty r is the same sum over the no-treaty scores. The terms enter into
 * force only if every party ratifies them, with probability P(terms) ({@link CriteriaModel#ratification}), so the
 * delegation weighs the expected utility u = r + P (v - r). Criteria that depend on several issues (the ceilings and
 * the bomber rule; inspections, telemetry and identifiers) are exact joint tables over those issues; the whole
 * utility, which multiplies P by v, is handed to the negotiation engine as a table over every outcome.
 */
public final class Derivation {
    /** The groups of linked issues the engines value jointly; every other issue forms a group of its own. */
    static final List<List<String>> GROUPS = List.of(
            List.of("warheads", "deployed_launchers", "total_launchers", "bomber_counting"),
            List.of("inspections_per_year", "telemetry", "unique_ids"));
    static final List<List<Criterion>> GROUP_CRITERIA = List.of(
            List.of(Criterion.SURVIVABILITY, Criterion.STABILITY, Criterion.UPLOAD_HEDGE, Criterion.UPLOAD_THREAT,
                    Criterion.FORCE_COST, Criterion.PARITY, Criterion.HEADLINE_CUT),
            List.of(Criterion.VERIFICATION, Criterion.INTRUSIVENESS));

    private final Scenario scenario;
    private final CriteriaModel model;
    private final Domain domain;
    private final Map<Party, Profile> profiles;
    private final double[] ratification;

    private Derivation(Scenario scenario, CriteriaModel model, Domain domain, Map<Party, Profile> profiles,
            double[] ratification) {
        this.scenario = scenario;
        this.model = model;
        this.domain = domain;
        this.profiles = Map.copyOf(profiles);
        this.ratification = ratification;
    }

    /** Reads the scenario's postures and derives every delegation's preferences. */
    public static Derivation of(Scenario scenario) {
        Map<Party, Posture> postures = new HashMap<>();
        Map<String, List<Posture>> read = new HashMap<>();
        for (Party p : scenario.forceParties()) {
            String file = scenario.postureOf(p);
            List<Posture> all = read.computeIfAbsent(file, f -> Postures.inEffectOn(Postures.resolve(f, null), null, f));
            postures.put(p, all.stream().filter(x -> x.party().equals(p)).findFirst().orElseThrow(() ->
                    new InputException(file + ": no posture rows for " + p)));
        }
        return of(scenario, postures);
    }

    /** Derives the preferences from postures already read (one per party of the scenario). */
    static Derivation of(Scenario scenario, Map<Party, Posture> postures) {
        return build(scenario, new CriteriaModel(scenario, postures));
    }

    /**
     * The same talks with other delegation weights (a sweep): the engines' results are reused. Only weights may
     * differ; restructuring, which uses the weights, is redone.
     */
    public Derivation reweighted(Scenario other) {
        if (!other.issues().equals(scenario.issues()) || !other.parameters().equals(scenario.parameters())
                || other.parties().size() != scenario.parties().size()) {
            throw new IllegalArgumentException("reweighted: only delegation weights may differ");
        }
        return Derivation.of(other);
    }

    private static Derivation build(Scenario s, CriteriaModel model) {
        List<Issue> issues = new ArrayList<>();
        for (TalksIssue i : s.issues()) {
            issues.add(new DiscreteIssue(new org.treatylab.negotiation.model.IssueId(i.id()), i.values()));
        }
        Domain domain = new Domain(s.id(), issues);
        List<List<Integer>> groups = groups(s);
        int n = (int) domain.outcomeCount();
        // Per group, per party: the weighted sum of the group's criteria for every cell of the group's issues.
        Map<Party, double[][]> tables = new LinkedHashMap<>();
        Map<Party, Double> constants = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            double[][] t = new double[groups.size()][];
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> members = groups.get(g);
                List<Map<String, String>> cells = cells(s, members);
                t[g] = new double[cells.size()];
                for (int c = 0; c < cells.size(); c++) {
                    Scores sc = model.scores(p, Terms.of(cells.get(c)));
                    t[g][c] = weighted(s.delegation(p), sc, criteriaOf(s, members));
                }
            }
            tables.put(p, t);
            constants.put(p, constant(s, model, p));
        }
        // Ratification factor per issue value (product over parties), and the base product.
        double[][] factor = new double[s.issues().size()][];
        double base = 1;
        for (Party q : s.parties()) {
            var r = s.delegation(q).ratification();
            base *= (r.containsKey("base") ? r.get("base").value() : 1) * model.fixedFactor(q);
        }
        for (int i = 0; i < factor.length; i++) {
            TalksIssue ti = s.issues().get(i);
            factor[i] = new double[ti.values().size()];
            for (int v = 0; v < factor[i].length; v++) {
                double f = 1;
                for (Party q : s.parties()) {
                    var x = s.delegation(q).ratification().get(ti.id() + "." + ti.values().get(v));
                    f *= x == null ? 1 : x.value();
                }
                factor[i][v] = f;
            }
        }
        double[] prob = new double[n];
        Map<Party, double[]> utilities = new LinkedHashMap<>();
        Map<Party, Double> reservations = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            utilities.put(p, new double[n]);
            reservations.put(p, reservation(s, model, p));
        }
        int[] idx = new int[issues.size()];
        for (int r = 0; r < n; r++) {
            double pr = base;
            for (int i = 0; i < idx.length; i++) {
                pr *= factor[i][idx[i]];
            }
            prob[r] = pr;
            for (Party p : s.parties()) {
                double[][] t = tables.get(p);
                double v = constants.get(p);
                for (int g = 0; g < groups.size(); g++) {
                    v += t[g][cellIndex(s, groups.get(g), idx)];
                }
                double res = reservations.get(p);
                utilities.get(p)[r] = res + pr * (v - res);
            }
            for (int i = idx.length - 1; i >= 0; i--) {
                if (++idx[i] < issues.get(i).size()) {
                    break;
                }
                idx[i] = 0;
            }
        }
        Map<Party, Profile> profiles = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            profiles.put(p, new Profile(p.code(), UtilityFunction.tabulated(domain, utilities.get(p)),
                    reservations.get(p), 1));
        }
        return new Derivation(s, model, domain, profiles, prob);
    }

    /**
     * The weighted criteria of linked groups none of whose issues the scenario negotiates (e.g. verification when
     * no inspection issue is on the table): constant over the outcomes, but part of the value of any terms in force.
     */
    private static double constant(Scenario s, CriteriaModel model, Party p) {
        List<Criterion> absent = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            int gg = g;
            boolean present = s.issues().stream().anyMatch(i -> GROUPS.get(gg).contains(i.id())
                    || gg == 0 && i.kind().equals("ceiling"));
            if (!present) {
                absent.addAll(GROUP_CRITERIA.get(g));
            }
        }
        return absent.isEmpty() ? 0 : weighted(s.delegation(p), model.scores(p, Terms.of(Map.of())), absent);
    }

    /** The issue positions of each group present in the scenario; issues outside the linked groups stand alone. */
    static List<List<Integer>> groups(Scenario s) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> grouped = new ArrayList<>();
        for (List<String> g : GROUPS) {
            List<Integer> members = new ArrayList<>();
            for (String id : g) {
                for (int i = 0; i < s.issues().size(); i++) {
                    if (s.issues().get(i).id().equals(id)) {
                        members.add(i);
                    }
                }
            }
            if (g == GROUPS.get(0)) {
                // per-party ceilings (e.g. China's warhead ceiling) move the same force criteria
                for (int i = 0; i < s.issues().size(); i++) {
                    if (s.issues().get(i).kind().equals("ceiling") && !members.contains(i)) {
                        members.add(i);
                    }
                }
            }
            if (!members.isEmpty()) {
                out.add(members);
                grouped.addAll(members);
            }
        }
        for (int i = 0; i < s.issues().size(); i++) {
            if (!grouped.contains(i)) {
                out.add(List.of(i));
            }
        }
        return out;
    }

    /** The criteria a group of issues moves. */
    static List<Criterion> criteriaOf(Scenario s, List<Integer> members) {
        if (s.issues().get(members.get(0)).kind().equals("ceiling")) {
            return GROUP_CRITERIA.get(0);
        }
        String first = s.issues().get(members.get(0)).id();
        for (int g = 0; g < GROUPS.size(); g++) {
            if (GROUPS.get(g).contains(first)) {
                return GROUP_CRITERIA.get(g);
            }
        }
        return List.of(new Criterion(first));
    }

    private static double weighted(Delegation d, Scores sc, List<Criterion> criteria) {
        double u = 0;
        for (Criterion c : criteria) {
            Double v = sc.scores().get(c);
            if (v != null) {
                u += d.weight(c) * v;
            }
        }
        return u;
    }

    private static int cellIndex(Scenario s, List<Integer> members, int[] idx) {
        int c = 0;
        for (int i : members) {
            c = c * s.issues().get(i).values().size() + idx[i];
        }
        return c;
    }

    /** Every combination of options of the given issues (by position), as issue id to option, last fastest. */
    static List<Map<String, String>> cells(Scenario s, List<Integer> members) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (int i : members) {
            TalksIssue ti = s.issues().get(i);
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : ti.values()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(ti.id(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    /** The value of no treaty to party {@code p}, derived with the same weights. */
    static double reservation(Scenario s, CriteriaModel model, Party p) {
        Scores sc = model.noTreaty(p);
        double u = 0;
        for (Map.Entry<Criterion, Double> e : sc.scores().entrySet()) {
            u += s.delegation(p).weight(e.getKey()) * e.getValue();
        }
        return u;
    }

    /** The value of the terms in force to party {@code p}, from the criteria directly (not through the tables). */
    public double value(Party p, Terms t) {
        Scores sc = model.scores(p, t);
        double u = 0;
        for (Map.Entry<Criterion, Double> e : sc.scores().entrySet()) {
            u += scenario.delegation(p).weight(e.getKey()) * e.getValue();
        }
        return u;
    }

    /** The expected utility of the terms to party {@code p}: r + P(terms) (value - r), computed directly. */
    public double utility(Party p, Terms t) {
        double r = profiles.get(p).reservation();
        return r + model.ratification(t) * (value(p, t) - r);
    }

    /**
     * The utility of an agreement reached on {@code date}: after the scenario's deadline, the gap until then is a
     * share of the horizon ({@code horizon_years}) during which no treaty is in force, so every criterion stands at
     * its no-treaty value for that share: u(date) = r + (1 - gap / horizon) (u - r).
     */
    public double utilityOn(Party p, Outcome o, java.time.LocalDate date) {
        double r = profiles.get(p).reservation();
        return r + (1 - delayShare(date)) * (profiles.get(p).utility(o) - r);
    }

    /**
     * The expected utility to any modelled party, inside the talks or outside them, of terms agreed on {@code date}
     * (null: no date, no delay): r + (1 - gap share) P(terms) (value - r), r its value of no treaty; computed from
     * the criteria directly. For a delegation it equals its profile's {@link #utilityOn} up to rounding.
     */
    public double expected(Party p, Terms t, java.time.LocalDate date) {
        double r = reservation(scenario, model, p);
        double u = r + model.ratification(t) * (value(p, t) - r);
        return r + (1 - (date == null ? 0 : delayShare(date))) * (u - r);
    }

    /** Any modelled party's value of no treaty. */
    public double noTreaty(Party p) {
        return reservation(scenario, model, p);
    }

    /** The share of the horizon lost to a gap between the deadline and {@code date} (0 on or before the deadline). */
    public double delayShare(java.time.LocalDate date) {
        long gap = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(scenario.deadline(), date));
        return Math.min(1, gap / (scenario.parameter("horizon_years") * 365.25));
    }

    /** Weighted contributions of each criterion to party {@code p}'s value of the terms in force. */
    public Map<Criterion, Double> contributions(Party p, Terms t) {
        Scores sc = model.scores(p, t);
        Map<Criterion, Double> out = new LinkedHashMap<>();
        for (Map.Entry<Criterion, Double> e : sc.scores().entrySet()) {
            out.put(e.getKey(), scenario.delegation(p).weight(e.getKey()) * e.getValue());
        }
        return out;
    }

    /** The probability that the outcome's terms enter into force. */
    public double ratification(Outcome o) {
        return ratification[(int) o.rank()];
    }

    public Terms terms(Outcome o) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < domain.issueCount(); i++) {
            m.put(domain.issue(i).id().name(), o.value(i).text());
        }
        return Terms.of(m);
    }

    public Outcome outcome(Terms t) {
        Map<String, String> opts = t.options(scenario);
        int[] idx = new int[domain.issueCount()];
        for (int i = 0; i < idx.length; i++) {
            TalksIssue ti = scenario.issues().get(i);
            idx[i] = ti.values().indexOf(opts.get(ti.id()));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("option '" + opts.get(ti.id()) + "' is not one of issue '"
                        + ti.id() + "': " + ti.values());
            }
        }
        return domain.outcome(idx);
    }

    public Scenario scenario() {
        return scenario;
    }

    public CriteriaModel model() {
        return model;
    }

    public Domain domain() {
        return domain;
    }

    public Profile profile(Party p) {
        return profiles.get(p);
    }

    public List<Profile> profiles() {
        return scenario.parties().stream().map(profiles::get).toList();
    }
}
