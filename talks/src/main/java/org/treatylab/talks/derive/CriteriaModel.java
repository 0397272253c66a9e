package org.treatylab.talks.derive;

import java.util.EnumMap;
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
import org.treatylab.stability.exchange.FirstStrikeParams;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ReductionRule;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.terms.Terms;
import org.treatylab.verification.inspection.InspectionPlanner;

/**
 * Scores a set of terms for a delegation with the engines. Engine results are cached per distinct input, so a
 * full table over the outcome space costs one counting per posture and ceiling set and one stability assessment
 * per pair of ceilings.
 *
 * <ul>
 *   <li>own / other cuts: the treaty the terms make, counted on each side's posture (counting engine); the cut
 *       share is the mean of the warhead cut share and the delivery-vehicle cut share (the larger of the deployed
 *       and total launcher shares), each max(0, counted - ceiling) / counted, a limit the terms leave out cutting
 *       nothing;</li>
 *   <li>survivability and stability: both forces scaled by the scenario's reduction rule until the warheads the
 *       agreed bomber rule counts are within the warhead ceiling and the deployed vehicles within theirs, then a
 *       first strike each way (stability engine); survivability is the delegation's survivors relative to no
 *       treaty, stability the Kent &amp; Thaler index;</li>
 *   <li>verification: the probability of detecting the other side's cheating within a year, 1 - (1 - q P)(1 - t),
 *       with P the inspection planner's hypergeometric probability of visiting a violating facility, q the chance
 *       an inspection there finds the violation (1 with unique identifiers), t the telemetry chance;</li>
 *   <li>intrusiveness: 1 minus the cost shares of the inspections (relative to the largest number offered),
 *       telemetry and identifiers;</li>
 *   <li>missile defence and duration: the delegation's documented ranking (best 1, worst 0, evenly spaced).</li>
 * </ul>
 */
public final class CriteriaModel {
    private final Scenario scenario;
    private final Map<Party, Posture> postures;
    private final Map<Party, Force> forces;
    private final Engagement engagement;
    private final ReductionRule rule;
    private final int maxInspections;
    private final Map<String, Map<String, Long>> counted = new ConcurrentHashMap<>();
    private final Map<String, Assessment> assessments = new ConcurrentHashMap<>();
    private final Assessment noTreaty;

    CriteriaModel(Scenario scenario, Map<Party, Posture> postures) {
        this.scenario = scenario;
        this.postures = Map.copyOf(postures);
        Party a = scenario.parties().get(0);
        Party b = scenario.parties().get(1);
        this.forces = Map.of(a, Stability.force(postures.get(a)), b, Stability.force(postures.get(b)));
        this.engagement = Stability.engagement(forces.get(a), forces.get(b));
        this.rule = ReductionRule.parse(scenario.reductionRule());
        this.maxInspections = scenario.issue("inspections_per_year")
                .map(i -> i.values().stream().mapToInt(Integer::parseInt).max().orElse(0)).orElse(0);
        this.noTreaty = engagement.assess(FirstStrikeParams.DEFAULTS);
    }

    public Posture posture(Party p) {
        return postures.get(p);
    }

    /** The scores of {@code terms} for party {@code p}. */
    public Scores scores(Party p, Terms terms) {
        Delegation d = scenario.delegation(p);
        Party other = scenario.other(p);
        Map<Criterion, Double> s = new EnumMap<>(Criterion.class);
        Map<String, Double> facts = new LinkedHashMap<>();
        double ownCut = cutShare(p, terms, facts, "own");
        double otherCut = cutShare(other, terms, facts, "other");
        s.put(Criterion.OWN_CUTS, 1 - ownCut);
        s.put(Criterion.OTHER_CUTS, otherCut);
        Assessment a = assessment(terms);
        double mine = countedOnSurvivors(p, terms);
        double base = survivors(noTreaty, p);
        facts.put("own_survivors", mine);
        facts.put("own_survivors_no_treaty", base);
        facts.put("stability_index", a.index());
        s.put(Criterion.SURVIVABILITY, base <= 0 ? 1 : Math.min(1, mine / base));
        s.put(Criterion.STABILITY, a.index());
        double detect = detection(terms);
        facts.put("detection_probability", detect);
        s.put(Criterion.VERIFICATION, detect);
        s.put(Criterion.INTRUSIVENESS, 1 - intrusiveness(terms));
        s.put(Criterion.MISSILE_DEFENSE, ranked(d, Criterion.MISSILE_DEFENSE, terms.missileDefense()));
        s.put(Criterion.DURATION, ranked(d, Criterion.DURATION, Integer.toString(terms.durationYears())));
        return new Scores(s, facts);
    }

    /**
     * The scores of no treaty after the old one expires: no cuts on either side, today's forces (survivors and
     * stability as they are), no verification and none of its cost, missile defence unconstrained and unlinked
     * (the 'separate' option), and no duration (score 0).
     */
    public Scores noTreaty(Party p) {
        Delegation d = scenario.delegation(p);
        Map<Criterion, Double> s = new EnumMap<>(Criterion.class);
        Map<String, Double> facts = new LinkedHashMap<>();
        s.put(Criterion.OWN_CUTS, 1.0);
        s.put(Criterion.OTHER_CUTS, 0.0);
        s.put(Criterion.SURVIVABILITY, 1.0);
        s.put(Criterion.STABILITY, noTreaty.index());
        s.put(Criterion.VERIFICATION, 0.0);
        s.put(Criterion.INTRUSIVENESS, 1.0);
        s.put(Criterion.MISSILE_DEFENSE, d.rankings().containsKey(Criterion.MISSILE_DEFENSE)
                ? d.rankings().get(Criterion.MISSILE_DEFENSE).score("separate") : 0);
        s.put(Criterion.DURATION, 0.0);
        facts.put("own_survivors", survivors(noTreaty, p));
        facts.put("stability_index", noTreaty.index());
        return new Scores(s, facts);
    }

    /**
     * The stability assessment of both forces scaled to the terms' ceilings (cached per ceilings and bomber rule).
     * The warhead ceiling applies to warheads counted by the agreed rule, so a side keeps its bomber weapons
     * beyond what its bombers count for.
     */
    public Assessment assessment(Terms t) {
        String key = t.warheads() + "/" + t.deployedLaunchers() + "/" + t.bomberCounting();
        return assessments.computeIfAbsent(key, k -> {
            Party a = scenario.parties().get(0);
            Party b = scenario.parties().get(1);
            return engagement.assess(scaled(forces.get(a), t), scaled(forces.get(b), t), FirstStrikeParams.DEFAULTS);
        });
    }

    /** The force cut by the scenario's rule to the terms' ceilings, its warheads counted by the agreed rule. */
    Force scaled(Force f, Terms t) {
        return Stability.scaleCounted(f, t.warheads() == null ? Long.MAX_VALUE : t.warheads(), t.deployedLaunchers(),
                rule, !t.bomberCounting().equals("weapons-assigned"));
    }

    public Assessment noTreatyAssessment() {
        return noTreaty;
    }

    /**
     * The survivors a delegation counts on under the terms: the fewest it keeps at this warhead ceiling or at any
     * higher one the scenario offers (and without a ceiling). Cutting forces to whole launchers can leave a slightly
     * more survivable mix at a lower ceiling; a planner does not count a deeper cut as safer for that, so a lower
     * ceiling never raises the survivors the preferences use.
     */
    public double countedOnSurvivors(Party p, Terms t) {
        double min = survivors(assessment(t), p);
        if (t.warheads() == null) {
            return min;
        }
        min = Math.min(min, survivors(assessment(t.withWarheads(null)), p));
        for (String v : scenario.issue("warheads").map(i -> i.values()).orElse(java.util.List.of())) {
            if (!v.equals(org.treatylab.talks.scenario.TalksIssue.NONE) && Long.parseLong(v) > t.warheads()) {
                min = Math.min(min, survivors(assessment(t.withWarheads(Long.parseLong(v))), p));
            }
        }
        return min;
    }

    /** Party {@code p}'s expected surviving warheads after the other side's first strike. */
    public double survivors(Assessment a, Party p) {
        return p.equals(a.a()) ? a.survivorsA() : a.survivorsB();
    }

    /** The treaty the terms make (agreed at the deadline, for counting only: dates do not change the numbers). */
    public Treaty treaty(Terms t) {
        return t.treaty("talks-terms", scenario.parties(), scenario.firstRound(), scenario.reductionYears(),
                scenario.counting());
    }

    /** New START-style counted numbers of party {@code p} under the terms' counting rules. */
    public Map<String, Long> counted(Party p, Terms t) {
        return counted.computeIfAbsent(p + "/" + t.bomberCounting(), k -> {
            CountingRuleSet rules = CountingRuleSets.get(scenario.counting());
            return rules.count(postures.get(p), rules.withDefaults(Terms.countingOptions(scenario.counting(),
                    t.bomberCounting())));
        });
    }

    private double cutShare(Party p, Terms t, Map<String, Double> facts, String who) {
        Map<String, Long> n = counted(p, t);
        Long[] ceilings = {t.deployedLaunchers(), t.warheads(), t.totalLaunchers()};
        String[] ids = {"deployed-launchers", "warheads", "total-launchers"};
        double[] share = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            long c = n.get(ids[i]);
            long cut = ceilings[i] == null ? 0 : Math.max(0, c - ceilings[i]);
            facts.put(who + "_" + ids[i] + "_counted", (double) c);
            facts.put(who + "_" + ids[i] + "_cut", (double) cut);
            share[i] = c == 0 ? 0 : (double) cut / c;
        }
        // Two dimensions, as the 2009 debate framed them: warheads, and delivery vehicles (the larger of the
        // deployed and the total launcher cut shares).
        double result = (share[1] + Math.max(share[0], share[2])) / 2;
        facts.put(who + "_cut_share", result);
        return result;
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

    private static double ranked(Delegation d, Criterion c, String option) {
        Delegation.Ranking r = d.rankings().get(c);
        return r == null || !r.order().contains(option) ? 0 : r.score(option);
    }

    List<Party> parties() {
        return scenario.parties();
    }
}
