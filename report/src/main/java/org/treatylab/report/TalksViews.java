package org.treatylab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.talks.derive.Explanation;
import org.treatylab.talks.derive.Scores;
import org.treatylab.talks.play.Comparison;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Weight;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.play.TraceRow;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.terms.Terms;

/** The JSON shapes of the talks (the contract in the README): results, explanations and sweeps. */
public final class TalksViews {
    private TalksViews() {
    }

    /** Agreed terms with the contract's keys; null ceilings are "no limit". */
    public static Map<String, Object> terms(Terms t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("warheads", t.warheads());
        m.put("deployed_launchers", t.deployedLaunchers());
        m.put("total_launchers", t.totalLaunchers());
        m.put("bomber_counting", t.bomberCounting());
        m.put("missile_defense", t.missileDefense());
        m.put("inspections_per_year", t.inspectionsPerYear());
        m.put("telemetry", t.telemetry());
        m.put("unique_ids", t.uniqueIds());
        m.put("duration_years", t.durationYears());
        t.choices().forEach((k, v) -> {
            if (!m.containsKey(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    public static Map<String, Object> byParty(Map<Party, ? extends Object> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k.code(), v));
        return m;
    }

    public static Map<String, Object> result(TalksResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("seed", r.seed());
        m.put("agents", byParty(r.agents()));
        m.put("agreement", r.agreement().map(TalksViews::terms).orElse(null));
        m.put("agreed_on", Views.iso(r.agreedOn()));
        m.put("end", r.endReason());
        m.put("detail", r.detail());
        m.put("rounds", r.rounds());
        m.put("utilities", byParty(r.utilities()));
        m.put("reservation", byParty(r.reservations()));
        m.put("pareto_distance", r.paretoDistance());
        m.put("nash_distance", Double.isNaN(r.nashDistance()) ? null : r.nashDistance());
        Map<String, Object> nash = new LinkedHashMap<>();
        nash.put("utilities", byParty(r.nashUtilities()));
        nash.put("agreement", r.nash().map(TalksViews::terms).orElse(null));
        m.put("nash", nash);
        Map<String, Object> ks = new LinkedHashMap<>();
        ks.put("utilities", byParty(r.kalaiSmorodinskyUtilities()));
        ks.put("agreement", r.kalaiSmorodinsky().map(TalksViews::terms).orElse(null));
        m.put("kalai_smorodinsky", ks);
        m.put("ratification_probability", r.ratification());
        m.put("delay_share", r.delayShare());
        m.put("compared_to_new_start", r.agreement().map(Comparison::of).orElse(null));
        List<Map<String, Object>> cuts = new ArrayList<>();
        for (PartyResult p : r.cuts()) {
            Map<String, Object> c = new LinkedHashMap<>(Views.partyLimits(p));
            c.put("date", Views.iso(p.date()));
            cuts.add(c);
        }
        m.put("cuts_by_reduction_deadline", cuts);
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("agreed", stability(r.agreedStability()));
        st.put("no_treaty", stability(r.noTreatyStability()));
        m.put("stability", st);
        List<Map<String, Object>> trace = new ArrayList<>();
        for (TraceRow t : r.trace()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("round", t.round());
            tm.put("date", Views.iso(t.date()));
            tm.put("party", t.party().code());
            tm.put("move", t.move());
            tm.put("terms", terms(t.terms()));
            tm.put("utilities", t.utilities());
            trace.add(tm);
        }
        m.put("trace", trace);
        return m;
    }

    /** The result of the default run with the ensemble's distribution beside it (the talks' JSON contract). */
    public static Map<String, Object> result(TalksResult r, org.treatylab.talks.play.Ensemble.Robustness e) {
        Map<String, Object> m = result(r);
        Map<String, Object> rob = new LinkedHashMap<>();
        rob.put("runs", e.runs());
        rob.put("agreement_share", e.agreementShare());
        rob.put("agreement_share_by_deadline", e.agreementShareByDeadline());
        Map<String, Object> modal = new LinkedHashMap<>();
        modal.put("terms", e.modal().map(TalksViews::terms).orElse(null));
        rob.put("modal", modal);
        rob.put("modal_share", e.modalShare());
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("p10", e.agreedOn() == null ? null : Views.iso(e.agreedOn().get(0)));
        q.put("p50", e.agreedOn() == null ? null : Views.iso(e.agreedOn().get(1)));
        q.put("p90", e.agreedOn() == null ? null : Views.iso(e.agreedOn().get(2)));
        rob.put("agreed_on", q);
        m.put("robustness", rob);
        return m;
    }

    public static Map<String, Object> stability(TalksResult.StabilityView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("warheads", byParty(s.warheads()));
        m.put("surviving_warheads", byParty(s.survivors()));
        m.put("stability_index", s.index());
        return m;
    }

    /** The scenario's calendar and issues, for clients that play it. */
    public static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("parties", s.parties().stream().map(Party::code).toList());
        m.put("first_round", Views.iso(s.firstRound()));
        m.put("deadline", Views.iso(s.deadline()));
        m.put("deadline_kind", s.softDeadline() ? "soft" : "hard");
        m.put("end", Views.iso(s.end()));
        m.put("rounds", s.rounds());
        m.put("rounds_before_deadline", s.roundsBeforeDeadline());
        m.put("round_days", s.roundDays());
        List<Map<String, Object>> issues = new ArrayList<>();
        s.issues().forEach(i -> {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.id());
            im.put("label", i.label());
            im.put("values", i.values());
            im.put("note", i.note());
            issues.add(im);
        });
        m.put("issues", issues);
        Map<String, Object> dels = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("agent", s.delegation(p).agent());
            Map<String, Object> w = new LinkedHashMap<>();
            for (Criterion c : s.delegation(p).criteria()) {
                Weight x = s.delegation(p).weights().get(c);
                w.put(c.key(), Map.of("weight", s.delegation(p).weight(c), "rationale", x.rationale()));
            }
            dm.put("weights", w);
            dels.put(p.code(), dm);
        }
        m.put("delegations", dels);
        return m;
    }

    /** How each option of each issue is valued (the derivation, per delegation). */
    public static Map<String, Object> explain(Explanation e) {
        Scenario s = e.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.id());
        m.put("reference_terms", terms(e.reference()));
        Map<String, Object> dels = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            Map<String, Object> d = new LinkedHashMap<>();
            Map<String, Object> w = new LinkedHashMap<>();
            for (Criterion c : s.delegation(p).criteria()) {
                Weight x = s.delegation(p).weights().get(c);
                w.put(c.key(), Map.of("weight", s.delegation(p).weight(c), "rationale",
                        x == null ? "(not weighted)" : x.rationale()));
            }
            d.put("weights", w);
            d.put("reservation", e.reservations().get(p));
            d.put("no_treaty_scores", scores(e.noTreaty().get(p)));
            dels.put(p.code(), d);
        }
        m.put("delegations", dels);
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Explanation.IssueRows i : e.issues()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("id", i.issue().id());
            im.put("label", i.issue().label());
            im.put("note", i.issue().note());
            im.put("criteria", i.criteria().stream().map(Criterion::key).toList());
            List<Map<String, Object>> opts = new ArrayList<>();
            for (Explanation.OptionRow o : i.options()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("option", o.option());
                for (Party p : s.parties()) {
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("value", o.contribution().get(p));
                    pm.put("scores", scores(o.scores().get(p)));
                    pm.put("facts", new java.util.TreeMap<>(o.scores().get(p).facts()));
                    pm.put("forces", forces(o.scores().get(p).forces()));
                    om.put(p.code(), pm);
                }
                opts.add(om);
            }
            im.put("options", opts);
            issues.add(im);
        }
        m.put("issues", issues);
        return m;
    }

    private static Map<String, Object> scores(Scores sc) {
        Map<String, Object> m = new LinkedHashMap<>();
        sc.scores().forEach((k, v) -> m.put(k.key(), v));
        return m;
    }

    /** A restructured force: per system deployed, non-deployed and warheads, and the totals a treaty counts. */
    public static Map<String, Object> forces(org.treatylab.talks.restructure.Restructured r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> systems = new ArrayList<>();
        for (org.treatylab.talks.restructure.Kept k : r.kept()) {
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("system", k.system());
            km.put("deployed", k.deployed());
            km.put("non_deployed", k.nonDeployed());
            km.put("warheads", k.warheads());
            systems.add(km);
        }
        m.put("systems", systems);
        m.put("counted_warheads", r.counted());
        m.put("deployed_launchers", r.deployed());
        m.put("total_launchers", r.total());
        return m;
    }
}
