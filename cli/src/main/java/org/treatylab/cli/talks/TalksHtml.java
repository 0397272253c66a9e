package org.treatylab.cli.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.app.foundation.LimitRow;
import org.treatylab.app.talks.ExplainView;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksAnalysis;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksSweep;
import org.treatylab.report.HtmlPage;

/**
 * The self-contained HTML report of a talks run or sweep: its charts are the web page's (report's charts.js over
 * ECharts, inlined), drawn from the same JSON the API answers.
 */
final class TalksHtml {
    private TalksHtml() {
    }

    static String report(ScenarioView s, TalksRun r, TalksAnalysis analysis, ExplainView explain) {
        String a = s.parties().get(0);
        String b = s.parties().get(1);
        HtmlPage page = HtmlPage.titled(s.name());
        page.html("<p>Scenario <code>" + esc(s.id()) + "</code>, seed " + r.seed() + ", agents " + esc(agents(r))
                + ". Deadline " + s.deadline() + " (" + s.rounds() + " rounds of " + s.roundDays() + " days from "
                + s.firstRound() + ").</p>");
        page.text("h2", "Result");
        page.html("<p><strong>" + esc(r.agreement() != null
                ? "Agreement on " + r.agreedOn() + ": " + Texts.terms(r.agreement())
                : "No agreement (" + r.end() + "): no treaty after " + s.deadline()) + "</strong></p>");
        page.html("<p class='note'>Values: " + esc(UTILITY_SCALE) + ". A delegation's value of no treaty is what it"
                + " gets if the talks fail; each delegation's criteria, weights, sources and every option's score are"
                + " under \"Why these numbers\" below (and <code>treatylab talks explain " + esc(s.id()) + "</code>).</p>");
        List<List<String>> values = new ArrayList<>();
        for (String p : s.parties()) {
            values.add(List.of(p, Texts.u(r.utilities().get(p)), Texts.u(r.reservation().get(p)),
                    r.nash().utilities().containsKey(p) ? Texts.u(r.nash().utilities().get(p)) : "-"));
        }
        page.table(List.of("delegation", "value of the result", "value of no treaty", "value at the Nash point"), values);
        page.html("<p>Distance to the Pareto frontier " + Texts.u(r.paretoDistance()) + "; Nash terms: "
                + esc(r.nash().agreement() == null ? "none individually rational" : Texts.terms(r.nash().agreement()))
                + ".</p>");
        Map<String, Object> space = new LinkedHashMap<>();
        space.put("analysis", analysis);
        space.put("result", r);
        page.chart("talksSpace", space, null, "Offers by their value to each delegation, with the Pareto frontier, "
                + "no treaty, the Nash point and the agreement");
        Map<String, Object> ceilings = new LinkedHashMap<>();
        ceilings.put("scenario", s);
        ceilings.put("trace", r.trace());
        page.chart("talksCeilings", ceilings, null, "Warhead and deployed-launcher ceilings offered by each delegation"
                + " round by round");

        page.text("h2", "Stability: agreed ceilings against no treaty");
        page.table(List.of("", a + " warheads", a + " survivors", b + " warheads", b + " survivors",
                "first-strike stability index"), List.of(stabilityRow("agreed", r.stability().agreed(), a, b),
                stabilityRow("no treaty", r.stability().noTreaty(), a, b)));
        Map<String, Object> stability = new LinkedHashMap<>();
        stability.put("stability", r.stability());
        stability.put("parties", s.parties());
        page.chart("talksStability", stability, null, "Surviving warheads after a first strike, agreed against no treaty");

        if (!r.cutsByReductionDeadline().isEmpty()) {
            page.text("h2", "Cuts the agreed treaty requires of the 2009 forces (on the day its limits bind)");
            List<List<String>> cuts = new ArrayList<>();
            for (TalksRun.TalksCut pr : r.cutsByReductionDeadline()) {
                for (LimitRow l : pr.limits()) {
                    cuts.add(List.of(pr.party(), String.valueOf(pr.date()), l.id(), String.valueOf(l.counted()),
                            String.valueOf(l.limit()), String.valueOf(l.requiredCut())));
                }
            }
            page.table(List.of("party", "date", "limit", "counted", "ceiling", "required cut"), cuts);
        }
        why(page, explain);
        page.text("h2", "Moves");
        List<List<String>> moves = new ArrayList<>();
        for (TalksRun.TraceMove t : r.trace()) {
            moves.add(List.of(String.valueOf(t.round()), String.valueOf(t.date()), t.party(), t.move(),
                    t.terms() == null ? "" : Texts.terms(t.terms()),
                    t.utilities() == null ? "" : Texts.u(t.utilities().get(0)),
                    t.utilities() == null ? "" : Texts.u(t.utilities().get(1))));
        }
        page.table(List.of("round", "date", "delegation", "move", "terms", a + " value", b + " value"), moves);
        page.html("<p class='note'>Preferences are derived from the counting, stability and inspection engines with the"
                + " scenario's documented weights (see <code>treatylab talks explain " + esc(s.id()) + "</code>)."
                + " Postures for 2009 are open-source estimates; stability parameters are assumptions.</p>");
        return page.render();
    }

    /** The sentence that gives a value its scale, the same on every output. */
    static final String UTILITY_SCALE = "1 = this delegation's best possible treaty, 0 = its worst";

    static String sweep(ScenarioView s, TalksSweep sweep) {
        String priority = sweep.vary();
        HtmlPage page = HtmlPage.titled("Sweep of " + priority);
        page.html("<p>Scenario <code>" + esc(s.id()) + "</code>. Each row plays the talks with the weight of "
                + esc(priority) + " set to the value (weights are normalised afterwards). Values: "
                + esc(UTILITY_SCALE) + ".</p>");
        page.chart("talksSweep", sweep, null, "Agreed ceilings as " + priority + " changes");
        List<String> header = new ArrayList<>(List.of("value", "result", "date"));
        s.parties().forEach(p -> header.add(p + " value"));
        List<List<String>> rows = new ArrayList<>();
        for (TalksSweep.Run row : sweep.runs()) {
            TalksRun r = row.result();
            List<String> cells = new ArrayList<>(List.of(String.format(Locale.ROOT, "%s", row.value()),
                    r.agreement() != null ? Texts.terms(r.agreement()) : "no agreement (" + r.end() + ")",
                    r.agreedOn() == null ? "" : r.agreedOn().toString()));
            s.parties().forEach(p -> cells.add(r.utilities().containsKey(p) ? Texts.u(r.utilities().get(p)) : ""));
            rows.add(cells);
        }
        page.table(header, rows);
        return page.render();
    }

    /** Each delegation's criteria, weights and rationales, and every option's value: the "why" of the numbers. */
    private static void why(HtmlPage page, ExplainView e) {
        page.text("h2", "Why these numbers");
        page.html("<p class='note'>Values: " + esc(UTILITY_SCALE) + ". A delegation's value is the weighted sum of its"
                + " criteria, each scored 0-1 by the engines or a documented ranking. Sources cited as [KEY]: "
                + "docs/talks-sources.md, shipped with TreatyLab.</p>");
        e.delegations().forEach((p, d) -> {
            page.text("h3", p + ": what the delegation weighs (value of no treaty " + Texts.u(d.reservation()) + ")");
            List<List<String>> rows = new ArrayList<>();
            d.weights().forEach((c, w) -> rows.add(List.of(c.replace('_', ' '), String.format(Locale.ROOT, "%.2f",
                    w.weight()), d.noTreatyScores().containsKey(c) ? Texts.u(d.noTreatyScores().get(c)) : "-",
                    w.rationale())));
            page.table(List.of("criterion", "weight", "score with no treaty", "why this weight (sources)"), rows);
        });
        page.text("h3", "Each option's value (every other issue at the reference terms)");
        List<String> parties = new ArrayList<>(e.delegations().keySet());
        List<String> header = new ArrayList<>(List.of("issue", "option"));
        parties.forEach(p -> header.add(p + " value"));
        List<List<String>> rows = new ArrayList<>();
        for (ExplainView.ExplainIssue i : e.issues()) {
            for (ExplainView.ExplainOption o : i.options()) {
                List<String> row = new ArrayList<>(List.of(i.label(), o.option()));
                parties.forEach(p -> row.add(o.byParty().containsKey(p) ? Texts.u(o.byParty().get(p).value()) : "-"));
                rows.add(row);
            }
        }
        page.table(header, rows);
    }

    private static String agents(TalksRun r) {
        List<String> out = new ArrayList<>();
        r.agents().forEach((p, agent) -> out.add(p + " " + agent));
        return String.join(", ", out);
    }

    private static List<String> stabilityRow(String label, TalksRun.TalksStability v, String a, String b) {
        return List.of(label, String.valueOf(v.warheads().get(a)), String.format(Locale.ROOT, "%.0f",
                v.survivingWarheads().get(a)), String.valueOf(v.warheads().get(b)),
                String.format(Locale.ROOT, "%.0f", v.survivingWarheads().get(b)),
                String.format(Locale.ROOT, "%.3f", v.stabilityIndex()));
    }

    private static String esc(String s) {
        return HtmlPage.escape(s);
    }
}
