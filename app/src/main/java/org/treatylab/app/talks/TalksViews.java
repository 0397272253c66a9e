package org.treatylab.app.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treatylab.app.foundation.FoundationViews;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.derive.Scores;
import org.treatylab.talks.play.Comparison;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.play.TraceRow;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Delegation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.Weight;
import org.treatylab.talks.terms.Terms;

/** The talks engine's results as the door's records: a one-to-one copy, nothing computed. */
final class TalksViews {
    private TalksViews() {
    }

    static TermsView terms(Terms t) {
        return t == null ? null : new TermsView(t.warheads(), t.deployedLaunchers(), t.totalLaunchers(),
                t.bomberCounting(), t.missileDefense(), t.inspectionsPerYear(), t.telemetry(), t.uniqueIds(),
                t.durationYears());
    }

    static <V> Map<String, V> byParty(Map<Party, V> values) {
        Map<String, V> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k.code(), v));
        return m;
    }

    static TalksRun run(TalksResult r) {
        List<TalksRun.TalksCut> cuts = new ArrayList<>();
        for (PartyResult p : r.cuts()) {
            cuts.add(new TalksRun.TalksCut(p.party().code(), p.limits().stream().map(FoundationViews::limit).toList(),
                    p.date()));
        }
        List<TalksRun.TraceMove> trace = new ArrayList<>();
        for (TraceRow t : r.trace()) {
            trace.add(new TalksRun.TraceMove(t.round(), t.date(), t.party().code(), t.move(), terms(t.terms()),
                    t.terms() == null ? null : List.of(t.utilityA(), t.utilityB())));
        }
        return new TalksRun(r.scenario(), r.seed(), byParty(r.agents()), r.agreement().map(TalksViews::terms).orElse(null),
                r.agreedOn(), r.endReason(), r.detail(), r.rounds(), byParty(r.utilities()), byParty(r.reservations()),
                r.paretoDistance(), Double.isNaN(r.nashDistance()) ? null : r.nashDistance(),
                new TalksRun.TalksNash(byParty(r.nashUtilities()), r.nash().map(TalksViews::terms).orElse(null)),
                r.comparedToNewStart().map(TalksViews::comparison).orElse(null), cuts,
                new TalksRun.StabilityPair(stability(r.agreedStability()), stability(r.noTreatyStability())), trace);
    }

    private static TalksRun.TalksStability stability(TalksResult.StabilityView s) {
        return new TalksRun.TalksStability(byParty(s.warheads()), byParty(s.survivors()), s.index());
    }

    static NewStartComparison comparison(Comparison c) {
        var ju = c.jointUnderstanding();
        var ns = c.newStart();
        return new NewStartComparison(
                new NewStartComparison.JointUnderstanding(position(ju.warheads()), position(ju.deployedLaunchers()),
                        position(ju.totalLaunchers())),
                new NewStartComparison.NewStart(difference(ns.warheads()), difference(ns.deployedLaunchers()),
                        difference(ns.totalLaunchers()), new NewStartComparison.MissileDefenseComparison(
                                ns.missileDefense().agreed(), ns.missileDefense().signed(), ns.missileDefense().same())));
    }

    private static NewStartComparison.RangePosition position(Comparison.Position p) {
        return new NewStartComparison.RangePosition(p.agreed(), p.range(), p.position());
    }

    private static NewStartComparison.SignedDifference difference(Comparison.Difference d) {
        return new NewStartComparison.SignedDifference(d.agreed(), d.signed(), d.difference());
    }

    static ScenarioView scenario(Scenario s) {
        List<ScenarioView.ScenarioIssue> issues = s.issues().stream()
                .map(i -> new ScenarioView.ScenarioIssue(i.id(), i.label(), i.values(), i.note())).toList();
        Map<String, ScenarioView.ScenarioDelegation> dels = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            Delegation d = s.delegation(p);
            Map<String, ScenarioView.CriterionWeight> w = new LinkedHashMap<>();
            d.weights().values().stream().sorted((x, y) -> x.criterion().compareTo(y.criterion()))
                    .forEach(x -> w.put(x.criterion().key(), new ScenarioView.CriterionWeight(d.weight(x.criterion()),
                            x.rationale())));
            dels.put(p.code(), new ScenarioView.ScenarioDelegation(d.agent(), w));
        }
        return new ScenarioView(s.id(), s.name(), s.parties().stream().map(Party::code).toList(), s.firstRound(),
                s.deadline(), s.rounds(), s.roundDays(), s.dates(), issues, dels, Agents.names());
    }

    static ExplainView explain(Explanation e) {
        Scenario s = e.scenario();
        Map<String, ExplainView.ExplainDelegation> dels = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            Delegation d = s.delegation(p);
            Map<String, ScenarioView.CriterionWeight> w = new LinkedHashMap<>();
            for (Criterion c : Criterion.values()) {
                Weight x = d.weights().get(c);
                w.put(c.key(), new ScenarioView.CriterionWeight(d.weight(c), x == null ? "(not weighted)" : x.rationale()));
            }
            Map<String, Double> contributions = new LinkedHashMap<>();
            e.noTreatyContributions(p).forEach((c, v) -> contributions.put(c.key(), v));
            Map<String, ExplainView.Ranking> rankings = new LinkedHashMap<>();
            // in criterion order: the delegation keeps its rankings unordered
            d.rankings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(x -> rankings.put(
                    x.getKey().key(), new ExplainView.Ranking(x.getValue().order(), x.getValue().rationale())));
            dels.put(p.code(), new ExplainView.ExplainDelegation(w, e.reservations().get(p), scores(e.noTreaty().get(p)),
                    contributions, rankings));
        }
        List<ExplainView.ExplainIssue> issues = new ArrayList<>();
        for (Explanation.IssueRows i : e.issues()) {
            List<ExplainView.ExplainOption> opts = new ArrayList<>();
            for (Explanation.OptionRow o : i.options()) {
                Map<String, ExplainView.OptionValue> values = new LinkedHashMap<>();
                for (Party p : s.parties()) {
                    values.put(p.code(), new ExplainView.OptionValue(o.contribution().get(p),
                            scores(o.scores().get(p)), new TreeMap<>(o.scores().get(p).facts())));
                }
                opts.add(new ExplainView.ExplainOption(o.option(), values));
            }
            issues.add(new ExplainView.ExplainIssue(i.issue().id(), i.issue().label(), i.issue().note(),
                    i.criteria().stream().map(Criterion::key).toList(), opts));
        }
        return new ExplainView(s.id(), terms(e.reference()), dels, issues);
    }

    private static Map<String, Double> scores(Scores sc) {
        Map<String, Double> m = new LinkedHashMap<>();
        sc.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(x -> m.put(x.getKey().key(), x.getValue()));
        return m;
    }
}
