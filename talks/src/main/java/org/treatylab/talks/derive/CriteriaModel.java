package org.treatylab.talks.derive;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treatylab.domain.Party;
import org.treatylab.domain.counting.CountingRuleSet;
import org.treatylab.domain.counting.CountingRuleSets;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.stability.Stability;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.exchange.Engagement;
import org.treatylab.stability.exchange.ExchangeResult;
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.multi.MultiAssessment;
import org.treatylab.stability.multi.Multilateral;
import org.treatylab.stability.multi.StrikeScenario;
import org.treatylab.talks.restructure.Ceilings;
import org.treatylab.talks.restructure.Diminishing;
import org.treatylab.talks.restructure.Inventory;
import org.treatylab.talks.restructure.Kept;
import org.treatylab.talks.restructure.Objective;
import org.treatylab.talks.restructure.Restructured;
import org.treatylab.talks.restructure.Restructurer;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Parameter;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;
import org.treatylab.verification.inspection.InspectionPlanner;

/**
 * Scores a set of terms for a delegation with the engines. Each party's forces are its projected no-treaty baseline
 * at the horizon ({@link Baseline}), restructured under the terms' ceilings to maximise its own force criteria
 * ({@link Restructurer}); engine results are cached per distinct ceilings.
 *
 * <ul>
 *   <li>survivability: its expected surviving warheads after a first strike by each other side (the worst), both
 *       forces restructured, scored {@link Diminishing} against its stated requirement;</li>
 *   <li>stability: the Kent &amp; Thaler index of the restructured forces (the lowest over pairs);</li>
 *   <li>upload_hedge: {@link Diminishing} of its own upload potential against its hedge reference;</li>
 *   <li>upload_threat: 1 minus {@link Diminishing} of the other sides' upload potential against its threat
 *       reference;</li>
 *   <li>force_cost: 1 minus the cost of its restructured forces over the cost of keeping everything at capacity;</li>
 *   <li>parity: the mean of min(1, own / other) of counted warheads and of deployed launchers against each other
 *       side (the lowest): 1 when not behind;</li>
 *   <li>headline_cut: the mean of the warhead cut and the delivery-vehicle cut below the limits in force before the
 *       treaty (the scenario's {@code headline.*_reference}), each 0 without that ceiling;</li>
 *   <li>verification: 1 - (1 - q P)(1 - t), P the inspection planner's chance of visiting a violating facility, q
 *       the chance an inspection there finds it (1 with unique identifiers), t the telemetry chance;</li>
 *   <li>intrusiveness: 1 minus the cost shares of inspections, telemetry and identifiers;</li>
 *   <li>a ranked issue: the delegation's ranking (best 1, worst 0, evenly spaced).</li>
 * </ul>
 */
public final class CriteriaModel {
    private final Scenario scenario;
    private final Map<Party, Posture> postures;
    private final Map<Party, Posture> projected;
    private final List<Party> parties;
    private final Map<String, Double> joint = new ConcurrentHashMap<>();
    private final Map<Party, Force> forces = new LinkedHashMap<>();
    private final Map<Party, Inventory> inventories = new LinkedHashMap<>();
    private final Map<Party, Objective> objectives = new LinkedHashMap<>();
    private final Map<String, Engagement> engagements = new HashMap<>();
    private final int maxInspections;
    private final Map<String, Restructured> restructured = new ConcurrentHashMap<>();
    private final Map<String, Assessment> assessments = new ConcurrentHashMap<>();

    CriteriaModel(Scenario scenario, Map<Party, Posture> postures) {
        this.scenario = scenario;
        this.postures = Map.copyOf(postures);
        this.parties = scenario.forceParties();
        Map<Party, Posture> proj = new LinkedHashMap<>();
        for (Party p : parties) {
            proj.put(p, Baseline.project(postures.get(p), scenario.delegation(p)));
            forces.put(p, Stability.force(proj.get(p)));
        }
        this.projected = proj;
        List<Party> ps = parties;
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                engagements.put(pairKey(ps.get(i), ps.get(j)), Stability.engagement(forces.get(ps.get(i)),
                        forces.get(ps.get(j))));
            }
        }
        for (Party p : ps) {
            Force own = forces.get(p);
            double[] survival = new double[own.size()];
            java.util.Arrays.fill(survival, 1);
            for (Party q : others(p)) {
                ExchangeResult x = engagement(q, p).exchange(forces.get(q), own, 0);
                for (int j = 0; j < own.size(); j++) {
                    ExchangeResult.SystemOutcome so = x.bySystem().get(j);
                    double share = so.warheads() == 0 ? share(own.system(j)) : so.surviving() / so.warheads();
                    survival[j] = Math.min(survival[j], share);
                }
            }
            Delegation d = scenario.delegation(p);
            inventories.put(p, Baseline.inventory(proj.get(p), own, d, survival));
            objectives.put(p, Baseline.objective(d));
        }
        this.maxInspections = scenario.issue("inspections_per_year")
                .map(i -> i.values().stream().mapToInt(Integer::parseInt).max().orElse(0)).orElse(0);
    }

    /** The modelled parties other than {@code p}: the other delegations, then the parties outside the talks. */
    private List<Party> others(Party p) {
        return parties.stream().filter(x -> !x.equals(p)).toList();
    }

    /** A system with nothing deployed survives as its survivable share says (no exchange to read it from). */
    private static double share(ForceSystem s) {
        return s.profile().survivableShare();
    }

    private static String pairKey(Party a, Party b) {
        return a.code() + "|" + b.code();
    }

    private Engagement engagement(Party a, Party b) {
        Engagement e = engagements.get(pairKey(a, b));
        return e != null ? e : engagements.get(pairKey(b, a));
    }

    /** The party's posture as read (today's forces). */
    public Posture posture(Party p) {
        return postures.get(p);
    }

    /** The party's projected no-treaty baseline at the horizon. */
    public Posture projected(Party p) {
        return projected.get(p);
    }

    public Inventory inventory(Party p) {
        return inventories.get(p);
    }

    public Objective objective(Party p) {
        return objectives.get(p);
    }

    /** The ceilings the terms set, the same for every party (the terms' own fields). */
    public static Ceilings ceilings(Terms t) {
        return new Ceilings(t.warheads(), t.deployedLaunchers(), t.totalLaunchers(),
                !t.bomberCounting().equals("weapons-assigned"));
    }

    /**
     * Party {@code p}'s ceilings under the terms (null terms: no treaty): for each limit, the option of the issue
     * that sets it for p ({@code common}: the option of the issue that sets it for the other parties); a party
     * outside the talks is not limited.
     */
    public Ceilings ceilings(Party p, Terms t) {
        if (t == null || scenario.outside(p)) {
            return Ceilings.NONE;
        }
        return new Ceilings(ceiling(p, t, "warheads", t.warheads()),
                ceiling(p, t, "deployed-launchers", t.deployedLaunchers()),
                ceiling(p, t, "total-launchers", t.totalLaunchers()), !t.bomberCounting().equals("weapons-assigned"));
    }

    private Long ceiling(Party p, Terms t, String limit, Long field) {
        TalksIssue own = null;
        TalksIssue common = null;
        for (TalksIssue i : scenario.issues()) {
            if (i.kind().equals("ceiling") && limit.equals(i.limit())) {
                if (i.limits(p)) {
                    own = i;
                } else {
                    common = i;
                }
            }
        }
        if (own == null) {
            return scenario.issues().stream().anyMatch(i -> limit.equals(i.limit())) ? null : field;
        }
        String option = option(t, own);
        if (option.equals(TalksIssue.COMMON)) {
            if (common == null) {
                return null;
            }
            option = option(t, common);
            return option.equals(TalksIssue.COMMON) ? null : common.number(option);
        }
        return own.number(option);
    }

    private String option(Terms t, TalksIssue i) {
        String o = t.option(i.id());
        if (o == null) {
            o = t.options(scenario).get(i.id());
        }
        return o == null ? TalksIssue.NONE : o;
    }

    /** Every modelled party's ceilings under the terms (null: no treaty), in the model's party order. */
    public Map<Party, Ceilings> settings(Terms t) {
        Map<Party, Ceilings> out = new LinkedHashMap<>();
        for (Party p : parties) {
            out.put(p, ceilings(p, t));
        }
        return out;
    }

    private Map<Party, Ceilings> uniform(Ceilings c) {
        Map<Party, Ceilings> out = new LinkedHashMap<>();
        for (Party p : parties) {
            out.put(p, scenario.outside(p) ? Ceilings.NONE : c);
        }
        return out;
    }

    /** Party {@code p}'s forces restructured under ceilings common to every party in the talks (cached). */
    public Restructured restructured(Party p, Ceilings c) {
        return restructured(p, uniform(c));
    }

    /**
     * Party {@code p}'s forces restructured under its ceilings (cached). Parity depends on the other sides' forces,
     * so each side first arranges its forces without parity; then it arranges them again weighing parity against the
     * strongest other side's first arrangement (one round of best responses).
     */
    public Restructured restructured(Party p, Map<Party, Ceilings> all) {
        double w = scenario.delegation(p).weight(Criterion.PARITY);
        String key = w > 0 ? p + "/" + all.get(p) + "/" + all : p + "/" + all.get(p);
        Restructured done = restructured.get(key);
        if (done != null) {
            return done;
        }
        // no nested computeIfAbsent on one ConcurrentHashMap (it may throw "recursive update"): compute, then put
        Objective o = objectives.get(p);
        if (w > 0) {
            double wh = 0;
            double dl = 0;
            for (Party q : others(p)) {
                Restructured first = firstPass(q, all.get(q));
                wh = Math.max(wh, first.counted());
                dl = Math.max(dl, first.deployed());
            }
            o = o.withParity(w, wh, dl);
        }
        Restructured r = Restructurer.best(inventories.get(p), all.get(p), o);
        Restructured before = restructured.putIfAbsent(key, r);
        return before == null ? r : before;
    }

    private Restructured firstPass(Party q, Ceilings c) {
        return restructured.computeIfAbsent("first/" + q + "/" + c, k -> Restructurer.best(inventories.get(q), c,
                objectives.get(q)));
    }

    /** The engine force of a restructured arrangement (the projected force's profiles, the kept counts). */
    Force force(Restructured r) {
        Force base = forces.get(r.party());
        Force f = base;
        for (int j = 0; j < base.size(); j++) {
            Kept k = r.kept().get(j);
            f = f.with(j, base.system(j).withCounts(k.deployed(), k.warheads()));
        }
        return f;
    }

    /** The stability assessment of parties a and b (model order) restructured under common ceilings. */
    public Assessment assessment(Party a, Party b, Ceilings c) {
        return assessment(a, b, uniform(c));
    }

    /** The stability assessment of parties a and b (model order), each restructured under its ceilings. */
    public Assessment assessment(Party a, Party b, Map<Party, Ceilings> all) {
        String key = pairKey(a, b) + "/" + all;
        Assessment done = assessments.get(key);
        if (done != null) {
            return done;
        }
        Assessment x = engagement(a, b).assess(force(restructured(a, all)), force(restructured(b, all)),
                FirstStrikeParams.DEFAULTS);
        Assessment before = assessments.putIfAbsent(key, x);
        return before == null ? x : before;
    }

    /** The assessment of the first two parties under the terms (for reports of a bilateral view). */
    public Assessment assessment(Terms t) {
        return assessment(parties.get(0), parties.get(1), settings(t));
    }

    /** The assessment of the first two parties without a treaty. */
    public Assessment noTreatyAssessment() {
        return assessment(parties.get(0), parties.get(1), settings(null));
    }

    /**
     * First-strike stability of every modelled party restructured under the terms (null: no treaty): survivors after
     * each single attacker, all others together and split strikes, and the N-party index.
     */
    public MultiAssessment multilateral(Terms t) {
        Map<Party, Ceilings> all = settings(t);
        List<Force> fs = parties.stream().map(p -> force(restructured(p, all))).toList();
        return Multilateral.assess(fs, FirstStrikeParams.DEFAULTS, scenario.setup().firstStrike());
    }

    /** The strike a party's survivability is judged against. */
    public StrikeScenario firstStrike() {
        return scenario.setup().firstStrike();
    }

    /** Party {@code p}'s expected surviving warheads in an assessment. */
    public double survivors(Assessment a, Party p) {
        return p.equals(a.a()) ? a.survivorsA() : a.survivorsB();
    }

    /** The scores of {@code terms} for party {@code p}. */
    public Scores scores(Party p, Terms terms) {
        return score(p, settings(terms), terms);
    }

    /**
     * The scores of no treaty: forces restructured without ceilings, no verification and none of its cost, no
     * headline cut, and each ranked issue at its {@code no_treaty} option (score 0 when the issue names none).
     */
    public Scores noTreaty(Party p) {
        return score(p, settings(null), null);
    }

    /**
     * A party outside the talks keeps its forces unconstrained and is party to none of the treaty's terms: no
     * verification and none of its cost, each ranked issue at its no-treaty option; the others' ceilings, their
     * headline cut and their forces still count for it.
     */
    private Scores score(Party p, Map<Party, Ceilings> all, Terms terms) {
        Delegation d = scenario.delegation(p);
        Terms own = scenario.outside(p) ? null : terms;
        Map<Criterion, Double> s = new LinkedHashMap<>();
        Map<String, Double> facts = new LinkedHashMap<>();
        Restructured mine = restructured(p, all);
        double survivors = Double.MAX_VALUE;
        double otherUpload = 0;
        double parity = 1;
        List<Assessment> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                pairs.add(assessment(parties.get(i), parties.get(j), all));
            }
        }
        for (Party q : others(p)) {
            Assessment a = pairs.stream().filter(x -> x.a().equals(p) && x.b().equals(q) || x.a().equals(q)
                    && x.b().equals(p)).findFirst().orElseThrow();
            survivors = Math.min(survivors, survivors(a, p));
            Restructured other = restructured(q, all);
            otherUpload += Restructurer.upload(inventories.get(q), other.kept());
            parity = Math.min(parity, (behind(mine.counted(), other.counted()) + behind(mine.deployed(), other.deployed())) / 2);
        }
        if (firstStrike() == StrikeScenario.JOINT && parties.size() > 2) {
            survivors = joint(p, all);
        }
        double index = parties.size() == 2 ? pairs.get(0).index()
                : Multilateral.index(Multilateral.ratios(parties, pairs).values());
        double upload = Restructurer.upload(inventories.get(p), mine.kept());
        double cost = Restructurer.cost(inventories.get(p), mine.kept(), objectives.get(p));
        double maxCost = inventories.get(p).maxCost(objectives.get(p));
        s.put(Criterion.SURVIVABILITY, Diminishing.value(survivors, d.parameter("survivability.requirement")));
        s.put(Criterion.STABILITY, index);
        s.put(Criterion.UPLOAD_HEDGE, Diminishing.value(upload, d.parameter("upload.hedge_reference")));
        s.put(Criterion.UPLOAD_THREAT, 1 - Diminishing.value(otherUpload, d.parameter("upload.threat_reference")));
        s.put(Criterion.FORCE_COST, maxCost <= 0 ? 1 : Math.max(0, 1 - cost / maxCost));
        s.put(Criterion.PARITY, parity);
        s.put(Criterion.HEADLINE_CUT, terms == null ? 0 : headline(terms));
        double detect = own == null ? 0 : detection(own);
        s.put(Criterion.VERIFICATION, detect);
        s.put(Criterion.INTRUSIVENESS, own == null ? 1 : 1 - intrusiveness(own));
        for (TalksIssue i : scenario.issues()) {
            Delegation.Ranking r = d.rankings().get(i.id());
            if (r != null) {
                String option = own == null ? i.noTreaty() : own.option(i.id());
                s.put(new Criterion(i.id()), option == null ? 0 : r.score(option));
            }
        }
        facts.put("own_survivors", survivors);
        facts.put("stability_index", index);
        facts.put("own_counted_warheads", (double) mine.counted());
        facts.put("own_deployed_launchers", (double) mine.deployed());
        facts.put("own_total_launchers", (double) mine.total());
        facts.put("own_upload_potential", upload);
        facts.put("other_upload_potential", otherUpload);
        facts.put("own_cost_share", maxCost <= 0 ? 0 : cost / maxCost);
        facts.put("detection_probability", detect);
        return new Scores(s, facts, mine);
    }

    /** Party {@code p}'s expected surviving warheads after every other modelled party strikes it together (cached). */
    private double joint(Party p, Map<Party, Ceilings> all) {
        String key = p + "/" + all;
        Double done = joint.get(key);
        if (done != null) {
            return done;
        }
        double x = Multilateral.jointStrike(others(p).stream().map(q -> force(restructured(q, all))).toList(),
                force(restructured(p, all))).defenderSurvivingWarheads();
        joint.putIfAbsent(key, x);
        return x;
    }

    /** min(1, own / other): 1 when not behind. */
    static double behind(double own, double other) {
        return other <= 0 ? 1 : Math.min(1, own / other);
    }

    /** The headline cut of the terms below the limits in force before them. */
    double headline(Terms t) {
        double wRef = scenario.parameter("headline.warheads_reference");
        double vRef = scenario.parameter("headline.vehicles_reference");
        double w = t.warheads() == null ? 0 : Math.max(0, 1 - t.warheads() / wRef);
        Long v = t.deployedLaunchers() == null ? t.totalLaunchers()
                : t.totalLaunchers() == null ? t.deployedLaunchers()
                : Long.valueOf(Math.min(t.deployedLaunchers(), t.totalLaunchers()));
        double vc = v == null ? 0 : Math.max(0, 1 - v / vRef);
        return (w + vc) / 2;
    }

    /**
     * The chance that the terms enter into force: every party's legislature ratifies, each with its
     * {@code ratification.base} times the factors of the options the terms contain (1 when a delegation gives none).
     */
    public double ratification(Terms t) {
        double p = 1;
        for (Party q : scenario.parties()) {
            p *= ratification(q, t);
        }
        return p;
    }

    /** Party {@code q}'s chance of ratifying the terms. */
    public double ratification(Party q, Terms t) {
        Map<String, Parameter> r = scenario.delegation(q).ratification();
        double p = r.containsKey("base") ? r.get("base").value() : 1;
        for (TalksIssue i : scenario.issues()) {
            String option = t.option(i.id());
            if (option == null) {
                option = t.options(scenario).get(i.id());
            }
            Parameter f = r.get(i.id() + "." + option);
            if (f != null) {
                p *= f.value();
            }
        }
        return p * fixedFactor(q);
    }

    /** The factor of the options settled outside the negotiation ({@code Setup.fixed}) for party {@code q}. */
    public double fixedFactor(Party q) {
        Map<String, Parameter> r = scenario.delegation(q).ratification();
        double p = 1;
        for (Map.Entry<String, String> e : scenario.setup().fixed().entrySet()) {
            Parameter f = r.get(e.getKey() + "." + e.getValue());
            if (f != null) {
                p *= f.value();
            }
        }
        return p;
    }

    /** The treaty the terms make (agreed at the first round, for counting only: dates do not change the numbers). */
    public Treaty treaty(Terms t) {
        return treaty(t, "talks-terms", scenario.firstRound());
    }

    /** The treaty the terms make if agreed on {@code agreedOn}, each party's ceilings its own where they differ. */
    public Treaty treaty(Terms t, String id, java.time.LocalDate agreedOn) {
        Map<Party, Ceilings> own = new LinkedHashMap<>();
        for (Party p : scenario.parties()) {
            own.put(p, ceilings(p, t));
        }
        return t.treaty(id, scenario.parties(), agreedOn, scenario.reductionYears(), scenario.counting(), own);
    }

    /** New START-style counted numbers of party {@code p}'s posture as read, under the terms' bomber rule. */
    public Map<String, Long> counted(Party p, Terms t) {
        CountingRuleSet rules = CountingRuleSets.get(scenario.counting());
        return rules.count(postures.get(p), rules.withDefaults(Terms.countingOptions(scenario.counting(),
                t.bomberCounting())));
    }

    /** Probability of detecting the other side's cheating within a year. */
    public double detection(Terms t) {
        Scenario.VerificationModel m = scenario.model();
        double visit = t.inspectionsPerYear() == 0 ? 0 : InspectionPlanner.detectionProbability(scenario.facilities(),
                scenario.violatingFacilities(), Math.min(t.inspectionsPerYear(), scenario.facilities()));
        double q = t.uniqueIds() ? 1 : m.detectWithoutIds();
        double tel = t.telemetry() ? m.telemetryDetection() : 0;
        return 1 - (1 - q * visit) * (1 - tel);
    }

    private double intrusiveness(Terms t) {
        Scenario.VerificationModel m = scenario.model();
        double insp = maxInspections == 0 ? 0 : (double) t.inspectionsPerYear() / maxInspections;
        return m.costInspections() * Math.min(1, insp) + (t.telemetry() ? m.costTelemetry() : 0)
                + (t.uniqueIds() ? m.costUniqueIds() : 0);
    }

    /** The modelled parties: the delegations, then the parties outside the talks. */
    public List<Party> parties() {
        return parties;
    }
}
