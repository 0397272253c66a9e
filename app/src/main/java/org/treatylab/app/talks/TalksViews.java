package org.treatylab.app.talks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.treatylab.app.foundation.FoundationViews;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.derive.Scores;
import org.treatylab.talks.play.Alternatives;
import org.treatylab.talks.play.Comparison;
import org.treatylab.talks.play.Ensemble;
import org.treatylab.talks.play.Landing;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.play.TraceRow;
import org.treatylab.talks.restructure.Kept;
import org.treatylab.talks.restructure.Restructured;
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
        if (t == null) {
            return null;
        }
        Map<String, String> other = new LinkedHashMap<>();
        t.choices().forEach((k, v) -> {
            if (!TermsView.KEYS.contains(k)) {
                other.put(k, v);
            }
        });
        return new TermsView(t.warheads(), t.deployedLaunchers(), t.totalLaunchers(), t.bomberCounting(),
                t.missileDefense(), t.inspectionsPerYear(), t.telemetry(), t.uniqueIds(), t.durationYears(), other);
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
                    t.utilities()));
        }
        return new TalksRun(r.scenario(), r.seed(), byParty(r.agents()), r.agreement().map(TalksViews::terms).orElse(null),
                r.agreedOn(), r.endReason(), r.detail(), r.rounds(), byParty(r.utilities()), byParty(r.reservations()),
                r.paretoDistance(), Double.isNaN(r.nashDistance()) ? null : r.nashDistance(),
                new TalksRun.TalksSolution(byParty(r.nashUtilities()), r.nash().map(TalksViews::terms).orElse(null)),
                new TalksRun.TalksSolution(byParty(r.kalaiSmorodinskyUtilities()),
                        r.kalaiSmorodinsky().map(TalksViews::terms).orElse(null)),
                r.ratification(), r.delayShare(), r.comparedToNewStart().map(TalksViews::comparison).orElse(null), cuts,
                new TalksRun.StabilityPair(stability(r.agreedStability()), stability(r.noTreatyStability())), trace,
                null);
    }

    /** The ensemble's distribution, with why the modal terms (or the Nash terms) land where they do. */
    static Robustness robustness(Talks talks, Ensemble.Spec spec, Ensemble.Robustness e, Optional<Terms> nash) {
        // the ceiling triples in the order the runs first reach them; the empty list stands for no agreement
        Map<List<Long>, Integer> counts = new LinkedHashMap<>();
        for (Ensemble.Run run : e.all()) {
            List<Long> key = run.agreement().map(t -> Arrays.asList(t.warheads(), t.deployedLaunchers(),
                    t.totalLaunchers())).orElse(List.of());
            counts.merge(key, 1, Integer::sum);
        }
        List<Robustness.CeilingsShare> ceilings = new ArrayList<>();
        counts.forEach((c, n) -> ceilings.add(c.isEmpty()
                ? new Robustness.CeilingsShare(false, null, null, null, n, (double) n / e.runs())
                : new Robustness.CeilingsShare(true, c.get(0), c.get(1), c.get(2), n, (double) n / e.runs())));
        // most frequent first, ties in that order
        List<Robustness.CeilingsShare> sorted = ceilings.stream()
                .sorted((x, y) -> Integer.compare(y.runs(), x.runs())).toList();
        Optional<Terms> focus = e.modal().isPresent() ? e.modal() : nash;
        List<LocalDate> q = e.agreedOn();
        return new Robustness(e.runs(), e.agreementShare(), e.agreementShareByDeadline(),
                new Robustness.ModalTerms(e.modal().map(TalksViews::terms).orElse(null)), e.modalShare(),
                new Robustness.AgreementDates(q == null ? null : q.get(0), q == null ? null : q.get(1),
                        q == null ? null : q.get(2)),
                spec.agents(), spec.seeds().size(), talks.opponentAwareOffers(), sorted,
                focus.map(t -> Landing.why(talks.derivation(), t)).orElse(null));
    }

    static TalksComparison comparison(Alternatives.Comparison c) {
        Map<String, Double> gain = new LinkedHashMap<>();
        c.noTreaty().keySet().forEach(p -> gain.put(p.code(), c.bilateralGain(p)));
        List<String> parties = c.noTreaty().keySet().stream().map(Party::code).toList();
        return new TalksComparison(c.scenario(), parties, byParty(c.noTreaty()), route(c.all()), route(c.bilateral()),
                gain);
    }

    private static TalksComparison.Route route(Alternatives.Route r) {
        return new TalksComparison.Route(r.parties().stream().map(Party::code).toList(),
                r.outside().stream().map(Party::code).toList(), r.runs(), r.agreementShare(),
                r.modal().map(TalksViews::terms).orElse(null), r.modalShare(), r.nash().map(TalksViews::terms)
                        .orElse(null), byParty(r.expected()), byParty(r.nashValue()));
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
            dels.put(p.code(), new ScenarioView.ScenarioDelegation(d.agent(), weights(d)));
        }
        return new ScenarioView(s.id(), s.name(), s.parties().stream().map(Party::code).toList(), s.firstRound(),
                s.deadline(), s.softDeadline() ? "soft" : "hard", s.end(), s.rounds(), s.roundsBeforeDeadline(),
                s.roundDays(), s.parameter("horizon_years"), s.dates(), issues, dels, Agents.names());
    }

    /** The criteria a delegation weighs, derived ones first, with their normalised weights. */
    private static Map<String, ScenarioView.CriterionWeight> weights(Delegation d) {
        Map<String, ScenarioView.CriterionWeight> w = new LinkedHashMap<>();
        for (Criterion c : d.criteria()) {
            Weight x = d.weights().get(c);
            w.put(c.key(), new ScenarioView.CriterionWeight(d.weight(c), x == null ? "(not weighted)" : x.rationale()));
        }
        return w;
    }

    static ExplainView explain(Explanation e) {
        Scenario s = e.scenario();
        Map<String, ExplainView.ExplainDelegation> dels = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            Delegation d = s.delegation(p);
            Map<String, ScenarioView.CriterionWeight> w = weights(d);
            Map<String, Double> contributions = new LinkedHashMap<>();
            e.noTreatyContributions(p).forEach((c, v) -> contributions.put(c.key(), v));
            Map<String, ExplainView.Ranking> rankings = new LinkedHashMap<>();
            // in name order: the delegation keeps its rankings unordered
            d.rankings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(x -> rankings.put(
                    x.getKey(), new ExplainView.Ranking(x.getValue().order(), x.getValue().rationale())));
            dels.put(p.code(), new ExplainView.ExplainDelegation(w, e.reservations().get(p), scores(e.noTreaty().get(p)),
                    contributions, forces(e.noTreaty().get(p).forces()), rankings));
        }
        List<ExplainView.ExplainIssue> issues = new ArrayList<>();
        for (Explanation.IssueRows i : e.issues()) {
            List<ExplainView.ExplainOption> opts = new ArrayList<>();
            for (Explanation.OptionRow o : i.options()) {
                Map<String, ExplainView.OptionValue> values = new LinkedHashMap<>();
                for (Party p : s.parties()) {
                    values.put(p.code(), new ExplainView.OptionValue(o.contribution().get(p),
                            scores(o.scores().get(p)), new TreeMap<>(o.scores().get(p).facts()),
                            forces(o.scores().get(p).forces())));
                }
                opts.add(new ExplainView.ExplainOption(o.option(), values));
            }
            issues.add(new ExplainView.ExplainIssue(i.issue().id(), i.issue().label(), i.issue().note(),
                    i.criteria().stream().map(Criterion::key).toList(), opts));
        }
        return new ExplainView(s.id(), terms(e.reference()), dels, issues);
    }

    /** Scores in the criteria's report order (derived ones first). */
    private static Map<String, Double> scores(Scores sc) {
        Map<String, Double> m = new LinkedHashMap<>();
        sc.scores().forEach((k, v) -> m.put(k.key(), v));
        return m;
    }

    static RestructuredForces forces(Restructured r) {
        if (r == null) {
            return null;
        }
        List<RestructuredForces.KeptSystem> systems = new ArrayList<>();
        for (Kept k : r.kept()) {
            systems.add(new RestructuredForces.KeptSystem(k.system(), k.deployed(), k.nonDeployed(), k.warheads()));
        }
        return new RestructuredForces(systems, r.counted(), r.deployed(), r.total());
    }
}
