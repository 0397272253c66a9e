package org.treatylab.talks.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.talks.scenario.Criterion;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * How each option of each issue is valued by each delegation: the criteria the issue moves, their scores, the
 * engine figures behind them, and the weighted contribution, with every other issue at the reference terms.
 *
 * <p>The reference terms are the least constraining option of every issue (no ceiling, or the highest; no
 * inspections, telemetry or identifiers; the first listed option otherwise), so each row shows what that one
 * option does on its own.
 */
public record Explanation(Scenario scenario, Terms reference, Map<Party, Scores> noTreaty,
        Map<Party, Double> reservations, List<IssueRows> issues) {

    /** One issue's options. */
    public record IssueRows(TalksIssue issue, List<Criterion> criteria, List<OptionRow> options) {
    }

    /** One option, valued by each delegation. */
    public record OptionRow(String option, Map<Party, Scores> scores, Map<Party, Double> contribution) {
    }

    public static Explanation of(Derivation d) {
        Scenario s = d.scenario();
        Map<String, String> ref = new LinkedHashMap<>();
        for (TalksIssue i : s.issues()) {
            ref.put(i.id(), leastConstraining(i));
        }
        Terms reference = Terms.of(ref);
        Map<Party, Scores> none = new LinkedHashMap<>();
        Map<Party, Double> res = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            none.put(p, d.model().noTreaty(p));
            res.put(p, d.profile(p).reservation());
        }
        List<IssueRows> rows = new ArrayList<>();
        for (TalksIssue i : s.issues()) {
            List<Criterion> criteria = criteriaOf(s, i.id());
            List<OptionRow> options = new ArrayList<>();
            for (String v : i.values()) {
                Map<String, String> m = new LinkedHashMap<>(ref);
                m.put(i.id(), v);
                Terms t = Terms.of(m);
                Map<Party, Scores> sc = new LinkedHashMap<>();
                Map<Party, Double> contrib = new LinkedHashMap<>();
                for (Party p : s.parties()) {
                    Scores x = d.model().scores(p, t);
                    sc.put(p, x);
                    double u = 0;
                    for (Criterion c : criteria) {
                        Double sc2 = x.scores().get(c);
                        u += sc2 == null ? 0 : s.delegation(p).weight(c) * sc2;
                    }
                    contrib.put(p, u);
                }
                options.add(new OptionRow(v, sc, contrib));
            }
            rows.add(new IssueRows(i, criteria, options));
        }
        return new Explanation(s, reference, none, res, rows);
    }

    /** The criteria an issue moves (those of its group, or its own ranking). */
    public static List<Criterion> criteriaOf(Scenario s, String issueId) {
        for (int g = 0; g < Derivation.GROUPS.size(); g++) {
            if (Derivation.GROUPS.get(g).contains(issueId)) {
                return Derivation.GROUP_CRITERIA.get(g);
            }
        }
        if (s.issue(issueId).isEmpty()) {
            throw new IllegalArgumentException("no issue '" + issueId + "'");
        }
        return List.of(new Criterion(issueId));
    }

    static String leastConstraining(TalksIssue i) {
        if (i.values().contains(TalksIssue.NONE)) {
            return TalksIssue.NONE;
        }
        return switch (i.id()) {
            case "warheads", "deployed_launchers", "total_launchers" -> i.values().stream()
                    .max((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b))).orElseThrow();
            case "inspections_per_year" -> i.values().stream()
                    .min((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b))).orElseThrow();
            case "telemetry" -> i.values().contains("none") ? "none" : i.values().get(0);
            case "unique_ids" -> i.values().contains("no") ? "no" : i.values().get(0);
            default -> i.values().get(0);
        };
    }

    /** Weighted contributions of every criterion for the no-treaty case. */
    public Map<Criterion, Double> noTreatyContributions(Party p) {
        Map<Criterion, Double> out = new LinkedHashMap<>();
        for (Map.Entry<Criterion, Double> e : noTreaty.get(p).scores().entrySet()) {
            out.put(e.getKey(), scenario.delegation(p).weight(e.getKey()) * e.getValue());
        }
        return out;
    }
}
