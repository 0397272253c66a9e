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
        Map<Party, Posture> proj = new LinkedHashMap<>();
        for (Party p : scenario.parties()) {
            proj.put(p, Baseline.project(postures.get(p), scenario.delegation(p)));
            forces.put(p, Stability.force(proj.get(p)));
        }
        this.projected = proj;
        List<Party> ps = scenario.parties();
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
            for (Party q : scenario.others(p)) {
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

    /** The ceilings the terms set. */
    public static Ceilings ceilings(Terms t) {
        return new Ceilings(t.warheads(), t.deployedLaunchers(), t.totalLaunchers(),
                !t.bomberCounting().equals("weapons-assigned"));
    }

    /**
     * Party {@code p}'s forces restructured under the ceilings (cached). Parity depends on the other side's forces, so
     * each side first arranges its forces without parity; then it arranges them again weighing parity against the
     * strongest other side's first arrangement (one round of best responses).
     */
    public Restructured restructured(Party p, Ceilings c) {
        return restructured.computeIfAbsent(p + "/" + c, k -> {
            Objective o = objectives.get(p);
            double w = scenario.delegation(p).weight(Criterion.PARITY);
            if (w > 0) {
                double wh = 0;
                double dl = 0;
                for (Party q : scenario.others(p)) {
                    Restructured first = firstPass(q, c);
                    wh = Math.max(wh, first.counted());
                    dl = Math.max(dl, first.deployed());
                }
                o = o.withParity(w, wh, dl);
            }
            return Restructurer.best(inventories.get(p), c, o);
        });
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

    /** The stability assessment of parties a and b (scenario order) restructured under the ceilings. */
    public Assessment assessment(Party a, Party b, Ceilings c) {
        return assessments.computeIfAbsent(pairKey(a, b) + "/" + c, k -> engagement(a, b)
                .assess(force(restructured(a, c)), force(restructured(b, c)), FirstStrikeParams.DEFAULTS));
    }

    /** The assessment of the first two parties under the terms (for reports of a bilateral view). */
    public Assessment assessment(Terms t) {
        return assessment(scenario.parties().get(0), scenario.parties().get(1), ceilings(t));
    }

    /** The assessment of the first two parties without a treaty. */
    public Assessment noTreatyAssessment() {
        return assessment(scenario.parties().get(0), scenario.parties().get(1), Ceilings.NONE);
    }

    /** Party {@code p}'s expected surviving warheads in an assessment. */
    public double survivors(Assessment a, Party p) {
        return p.equals(a.a()) ? a.survivorsA() : a.survivorsB();
    }

    /** The scores of {@code terms} for party {@code p}. */
    public Scores scores(Party p, Terms terms) {
        return score(p, ceilings(terms), terms);
    }

    /**
     * The scores of no treaty: forces restructured without ceilings, no verification and none of its cost, no
     * headline cut, and each ranked issue at its {@code no_treaty} option (score 0 when the issue names none).
     */
    public Scores noTreaty(Party p) {
        return score(p, Ceilings.NONE, null);
    }

    private Scores score(Party p, Ceilings c, Terms terms) {
        Delegation d = scenario.delegation(p);
        Map<Criterion, Double> s = new LinkedHashMap<>();
        Map<String, Double> facts = new LinkedHashMap<>();
        Restructured own = restructured(p, c);
        double survivors = Double.MAX_VALUE;
        double index = 1;
        double otherUpload = 0;
        double parity = 1;
        for (Party q : scenario.others(p)) {
            boolean first = scenario.parties().indexOf(p) < scenario.parties().indexOf(q);
            Assessment a = first ? assessment(p, q, c) : assessment(q, p, c);
            survivors = Math.min(survivors, survivors(a, p));
            index = Math.min(index, a.index());
            Restructured other = restructured(q, c);
            otherUpload += Restructurer.upload(inventories.get(q), other.kept());
            parity = Math.min(parity, (behind(own.counted(), other.counted()) + behind(own.deployed(), other.deployed())) / 2);
        }
        double upload = Restructurer.upload(inventories.get(p), own.kept());
        double cost = Restructurer.cost(inventories.get(p), own.kept(), objectives.get(p));
        double maxCost = inventories.get(p).maxCost(objectives.get(p));
        s.put(Criterion.SURVIVABILITY, Diminishing.value(survivors, d.parameter("survivability.requirement")));
        s.put(Criterion.STABILITY, index);
        s.put(Criterion.UPLOAD_HEDGE, Diminishing.value(upload, d.parameter("upload.hedge_reference")));
        s.put(Criterion.UPLOAD_THREAT, 1 - Diminishing.value(otherUpload, d.parameter("upload.threat_reference")));
        s.put(Criterion.FORCE_COST, maxCost <= 0 ? 1 : Math.max(0, 1 - cost / maxCost));
        s.put(Criterion.PARITY, parity);
        s.put(Criterion.HEADLINE_CUT, terms == null ? 0 : headline(terms));
        double detect = terms == null ? 0 : detection(terms);
        s.put(Criterion.VERIFICATION, detect);
        s.put(Criterion.INTRUSIVENESS, terms == null ? 1 : 1 - intrusiveness(terms));
        for (TalksIssue i : scenario.issues()) {
            Delegation.Ranking r = d.rankings().get(i.id());
            if (r != null) {
                String option = terms == null ? i.noTreaty() : terms.option(i.id());
                s.put(new Criterion(i.id()), option == null ? 0 : r.score(option));
            }
        }
        facts.put("own_survivors", survivors);
        facts.put("stability_index", index);
        facts.put("own_counted_warheads", (double) own.counted());
        facts.put("own_deployed_launchers", (double) own.deployed());
        facts.put("own_total_launchers", (double) own.total());
        facts.put("own_upload_potential", upload);
        facts.put("other_upload_potential", otherUpload);
        facts.put("own_cost_share", maxCost <= 0 ? 0 : cost / maxCost);
        facts.put("detection_probability", detect);
        return new Scores(s, facts, own);
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
        return p;
    }

    /** The treaty the terms make (agreed at the first round, for counting only: dates do not change the numbers). */
    public Treaty treaty(Terms t) {
        return t.treaty("talks-terms", scenario.parties(), scenario.firstRound(), scenario.reductionYears(),
                scenario.counting());
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

    List<Party> parties() {
        return scenario.parties();
    }
}
