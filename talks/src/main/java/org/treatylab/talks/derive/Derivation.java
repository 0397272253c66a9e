package org.treatylab.talks.derive;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.treatylab.negotiation.preference.Bound;
import org.treatylab.negotiation.preference.HyperRectangle;
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
 * <p>A delegation's utility is the weighted sum of its criterion scores, u = sum_c w_c s_c(terms). Criteria that
 * depend on several issues (the ceilings and the bomber rule for cuts, survivors and stability; inspections,
 * telemetry and identifiers for verification) are exact joint tables over those issues, handed to the negotiation
 * engine as hyper-rectangles with one value per issue; no additivity is assumed between linked issues.
 */
public final class Derivation {
    /** The groups of linked issues; each criterion depends on the issues of one group only. */
    static final List<List<String>> GROUPS = List.of(
            List.of("warheads", "deployed_launchers", "total_launchers", "bomber_counting"),
            List.of("inspections_per_year", "telemetry", "unique_ids"),
            List.of("missile_defense"),
            List.of("duration_years"));
    static final List<List<Criterion>> GROUP_CRITERIA = List.of(
            List.of(Criterion.OWN_CUTS, Criterion.OTHER_CUTS, Criterion.SURVIVABILITY, Criterion.STABILITY),
            List.of(Criterion.VERIFICATION, Criterion.INTRUSIVENESS),
            List.of(Criterion.MISSILE_DEFENSE),
            List.of(Criterion.DURATION));

    private final Scenario scenario;
    private final CriteriaModel model;
    private final Domain domain;
    private final Map<Party, Profile> profiles;

    private Derivation(Scenario scenario, CriteriaModel model, Domain domain, Map<Party, Profile> profiles) {
        this.scenario = scenario;
        this.model = model;
        this.domain = domain;
        this.profiles = Map.copyOf(profiles);
    }

    /** Reads the scenario's postures and derives both delegations' preferences. */
    public static Derivation of(Scenario scenario) {
        List<Posture> all = Postures.inEffectOn(Postures.resolve(scenario.postures(), null), null, scenario.postures());
        Map<Party, Posture> postures = new HashMap<>();
        for (Party p : scenario.parties()) {
            postures.put(p, all.stream().filter(x -> x.party().equals(p)).findFirst().orElseThrow(() ->
                    new InputException(scenario.postures() + ": no posture rows for " + p)));
        }
        return build(scenario, new CriteriaModel(scenario, postures));
    }

    /**
     * The same talks with other delegation weights (a sweep): the engine results are reused, since only weights
     * changed. Rankings, issues, postures and the verification model must be the same.
     */
    public Derivation reweighted(Scenario other) {
        if (!other.issues().equals(scenario.issues()) || !other.postures().equals(scenario.postures())
                || !other.model().equals(scenario.model()) || other.facilities() != scenario.facilities()
                || other.violatingFacilities() != scenario.violatingFacilities()
                || !other.reductionRule().equals(scenario.reductionRule())) {
            throw new IllegalArgumentException("reweighted: only delegation weights may differ");
        }
        for (Party p : scenario.parties()) {
            if (!other.delegation(p).rankings().equals(scenario.delegation(p).rankings())) {
                throw new IllegalArgumentException("reweighted: the rankings of " + p + " differ");
            }
        }
        return build(other, model);
    }

    private static Derivation build(Scenario scenario, CriteriaModel model) {
        List<Issue> issues = new ArrayList<>();
        for (TalksIssue i : scenario.issues()) {
            issues.add(new DiscreteIssue(new org.treatylab.negotiation.model.IssueId(i.id()), i.values()));
        }
        Domain domain = new Domain(scenario.id(), issues);
        Map<Party, Profile> profiles = new LinkedHashMap<>();
        for (Party p : scenario.parties()) {
            profiles.put(p, profile(scenario, model, domain, p));
        }
        return new Derivation(scenario, model, domain, profiles);
    }

    private static Profile profile(Scenario s, CriteriaModel model, Domain domain, Party p) {
        Delegation d = s.delegation(p);
        List<HyperRectangle> boxes = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            List<String> present = GROUPS.get(g).stream().filter(id -> s.issue(id).isPresent()).toList();
            List<Criterion> criteria = GROUP_CRITERIA.get(g);
            for (Map<String, String> cell : cells(s, present)) {
                Scores sc = model.scores(p, Terms.of(cell));
                double u = 0;
                for (Criterion c : criteria) {
                    u += d.weight(c) * sc.score(c);
                }
                List<Bound> bounds = new ArrayList<>();
                for (String id : present) {
                    Issue issue = domain.issue(domain.indexOf(new org.treatylab.negotiation.model.IssueId(id)));
                    int v = s.issue(id).orElseThrow().values().indexOf(cell.get(id));
                    bounds.add(new Bound(issue.id(), v, v));
                }
                if (u != 0) {
                    boxes.add(new HyperRectangle(bounds, u, true));
                }
            }
        }
        return new Profile(p.code(), UtilityFunction.rectangles(domain, boxes), reservation(s, model, p), 1);
    }

    /** Every combination of options of the given issues, as issue id to option. */
    static List<Map<String, String>> cells(Scenario s, List<String> issueIds) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (String id : issueIds) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : s.issue(id).orElseThrow().values()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(id, v);
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
        for (Criterion c : Criterion.values()) {
            u += s.delegation(p).weight(c) * sc.score(c);
        }
        return u;
    }

    /** The utility of terms to party {@code p} computed directly from the criteria (not through the tables). */
    public double utility(Party p, Terms t) {
        Scores sc = model.scores(p, t);
        double u = 0;
        for (Criterion c : Criterion.values()) {
            u += scenario.delegation(p).weight(c) * sc.score(c);
        }
        return u;
    }

    /** Weighted contributions of each criterion to party {@code p}'s utility of the terms. */
    public Map<Criterion, Double> contributions(Party p, Terms t) {
        Scores sc = model.scores(p, t);
        Map<Criterion, Double> out = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            out.put(c, scenario.delegation(p).weight(c) * sc.score(c));
        }
        return out;
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
