package org.treatylab.cli.talks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.app.foundation.LimitRow;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksAnalysis;
import org.treatylab.app.talks.TalksRun;
import org.treatylab.app.talks.TalksSweep;

/** The self-contained HTML report of a talks run (inline SVG, no scripts or external files). */
final class TalksHtml {
    private static final String A_COLOUR = "#0b5cad";
    private static final String B_COLOUR = "#b35900";

    private TalksHtml() {
    }

    static String report(ScenarioView s, TalksRun r, TalksAnalysis analysis) {
        String a = s.parties().get(0);
        String b = s.parties().get(1);
        StringBuilder sb = head(s.name() + " - TreatyLab talks report");
        sb.append("<h1>").append(Svg.esc(s.name())).append("</h1>");
        sb.append("<p>Scenario <code>").append(Svg.esc(s.id())).append("</code>, seed ").append(r.seed())
                .append(", agents ").append(Svg.esc(r.agents().toString())).append(". Deadline ")
                .append(s.deadline()).append(" (").append(s.rounds()).append(" rounds of ").append(s.roundDays())
                .append(" days from ").append(s.firstRound()).append(").</p>");
        sb.append("<h2>Result</h2><p><strong>");
        if (r.agreement() != null) {
            sb.append("Agreement on ").append(r.agreedOn()).append(": ").append(Svg.esc(Texts.terms(r.agreement())));
        } else {
            sb.append("No agreement (").append(Svg.esc(r.end())).append("): no treaty after ").append(s.deadline());
        }
        sb.append("</strong></p>");
        sb.append("<table><tr><th>delegation</th><th>utility</th><th>no treaty</th><th>Nash point</th></tr>");
        for (String p : s.parties()) {
            sb.append("<tr><td>").append(p).append("</td><td>").append(Texts.u(r.utilities().get(p)))
                    .append("</td><td>").append(Texts.u(r.reservation().get(p))).append("</td><td>")
                    .append(r.nash().utilities().containsKey(p) ? Texts.u(r.nash().utilities().get(p)) : "-")
                    .append("</td></tr>");
        }
        sb.append("</table><p>Distance to the Pareto frontier ").append(Texts.u(r.paretoDistance()))
                .append("; Nash terms: ").append((r.nash().agreement() == null ? "none individually rational" : Svg.esc(Texts.terms(r.nash().agreement()))))
                .append(".</p>");

        Svg space = new Svg("Offers in utility space", a + " utility", b + " utility", null);
        List<double[]> front = new ArrayList<>();
        for (List<Double> p : analysis.pareto()) {
            front.add(new double[] {p.get(0), p.get(1)});
        }
        front.sort((x, y) -> Double.compare(x[0], y[0]));
        space.add(new Svg.Series("Pareto frontier", front, true, "6 3", Svg.Marker.NONE, "#555"));
        space.add(new Svg.Series(a + " offers", offers(r, a), false, null, Svg.Marker.CIRCLE, A_COLOUR));
        space.add(new Svg.Series(b + " offers", offers(r, b), false, null, Svg.Marker.TRIANGLE, B_COLOUR));
        space.add(new Svg.Series("no treaty (reservation values)", List.<double[]>of(new double[] {
            r.reservation().get(a), r.reservation().get(b)}), false, null, Svg.Marker.SQUARE, "#222"));
        if (!r.nash().utilities().isEmpty()) {
            space.add(new Svg.Series("Nash point", List.<double[]>of(new double[] {r.nash().utilities().get(a),
                r.nash().utilities().get(b)}), false, null, Svg.Marker.STAR, "#2f7d32"));
        }
        if (r.agreement() != null) {
            space.add(new Svg.Series("agreement", List.<double[]>of(new double[] {r.utilities().get(a),
                r.utilities().get(b)}), false, null, Svg.Marker.DIAMOND, "#a40e26"));
        }
        sb.append(space.render());

        List<String> dates = new ArrayList<>();
        for (int i = 0; i < s.rounds(); i++) {
            dates.add(s.dates().get(i).toString());
        }
        for (String what : List.of("warheads", "deployed launchers")) {
            Svg c = new Svg(what + " ceiling offered, by dated round", "round date", what + " (none drawn at the top)",
                    dates);
            c.add(new Svg.Series(a + " offers", ceilings(r, a, what), true, null, Svg.Marker.CIRCLE, A_COLOUR));
            c.add(new Svg.Series(b + " offers", ceilings(r, b, what), true, "5 3", Svg.Marker.TRIANGLE, B_COLOUR));
            sb.append(c.render());
        }

        sb.append("<h2>Stability: agreed ceilings against no treaty</h2>");
        sb.append("<table><tr><th></th><th>").append(a).append(" warheads</th><th>").append(a)
                .append(" survivors</th><th>").append(b).append(" warheads</th><th>").append(b)
                .append(" survivors</th><th>first-strike stability index</th></tr>");
        stabilityRow(sb, "agreed", r.stability().agreed(), a, b);
        stabilityRow(sb, "no treaty", r.stability().noTreaty(), a, b);
        sb.append("</table>");
        sb.append(bars(r, a, b));

        if (!r.cutsByReductionDeadline().isEmpty()) {
            sb.append("<h2>Cuts the agreed treaty requires of the 2009 forces (on the day its limits bind)</h2><table>"
                    + "<tr><th>party</th><th>date</th><th>limit</th><th>counted</th><th>ceiling</th><th>required cut</th></tr>");
            for (TalksRun.TalksCut pr : r.cutsByReductionDeadline()) {
                for (LimitRow l : pr.limits()) {
                    sb.append("<tr><td>").append(pr.party()).append("</td><td>").append(pr.date()).append("</td><td>")
                            .append(l.id()).append("</td><td>").append(l.counted()).append("</td><td>")
                            .append(l.limit()).append("</td><td>").append(l.requiredCut()).append("</td></tr>");
                }
            }
            sb.append("</table>");
        }
        sb.append("<h2>Moves</h2><table><tr><th>round</th><th>date</th><th>delegation</th><th>move</th><th>terms</th>"
                + "<th>").append(a).append(" utility</th><th>").append(b).append(" utility</th></tr>");
        for (TalksRun.TraceMove t : r.trace()) {
            sb.append("<tr><td>").append(t.round()).append("</td><td>").append(t.date()).append("</td><td>")
                    .append(t.party()).append("</td><td>").append(t.move()).append("</td><td>")
                    .append(t.terms() == null ? "" : Svg.esc(Texts.terms(t.terms()))).append("</td><td>")
                    .append(t.utilities() == null ? "" : Texts.u(t.utilities().get(0))).append("</td><td>")
                    .append(t.utilities() == null ? "" : Texts.u(t.utilities().get(1))).append("</td></tr>");
        }
        sb.append("</table>");
        sb.append("<p class='note'>Preferences are derived from the counting, stability and inspection engines with the "
                + "scenario's documented weights (see <code>treatylab talks explain ").append(Svg.esc(s.id()))
                .append("</code>). Postures for 2009 are open-source estimates; stability parameters are assumptions.</p>");
        return sb.append("</body></html>\n").toString();
    }

    static String sweep(ScenarioView s, TalksSweep sweep) {
        String priority = sweep.vary();
        List<TalksSweep.Run> rows = sweep.runs();
        StringBuilder sb = head(s.name() + " - sweep of " + priority);
        sb.append("<h1>Sweep of ").append(Svg.esc(priority)).append("</h1>");
        Svg c = new Svg("Agreed ceilings as " + priority + " changes", priority + " weight (before normalisation)",
                "ceiling", null);
        List<double[]> wh = new ArrayList<>();
        List<double[]> dv = new ArrayList<>();
        List<double[]> nash = new ArrayList<>();
        for (TalksSweep.Run row : rows) {
            var t = row.result().agreement();
            if (t != null && t.warheads() != null) {
                wh.add(new double[] {row.value(), t.warheads()});
            }
            if (t != null && t.deployedLaunchers() != null) {
                dv.add(new double[] {row.value(), t.deployedLaunchers()});
            }
            var n = row.result().nash().agreement();
            if (n != null && n.warheads() != null) {
                nash.add(new double[] {row.value(), n.warheads()});
            }
        }
        c.add(new Svg.Series("agreed warheads", wh, true, null, Svg.Marker.CIRCLE, A_COLOUR));
        c.add(new Svg.Series("agreed deployed launchers", dv, true, "5 3", Svg.Marker.SQUARE, B_COLOUR));
        c.add(new Svg.Series("Nash-point warheads", nash, true, "2 3", Svg.Marker.STAR, "#2f7d32"));
        sb.append(c.render());
        sb.append("<table><tr><th>value</th><th>result</th><th>date</th><th>utilities</th></tr>");
        for (TalksSweep.Run row : rows) {
            TalksRun r = row.result();
            sb.append("<tr><td>").append(row.value()).append("</td><td>")
                    .append(Svg.esc(r.agreement() != null ? Texts.terms(r.agreement()) : "no agreement (" + r.end() + ")"))
                    .append("</td><td>").append(r.agreedOn() == null ? "" : r.agreedOn()).append("</td><td>")
                    .append(Svg.esc(r.utilities().toString())).append("</td></tr>");
        }
        return sb.append("</table></body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>")
                .append(Svg.esc(title)).append("</title><style>body{font-family:system-ui,sans-serif;max-width:1000px;"
                        + "margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;margin:.5rem 0}"
                        + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}svg{display:block;margin:1rem 0}"
                        + ".note{color:#555}</style></head><body>");
    }

    private static List<double[]> offers(TalksRun r, String p) {
        List<double[]> pts = new ArrayList<>();
        for (TalksRun.TraceMove t : r.trace()) {
            if (t.party().equals(p) && t.move().equals("offer")) {
                pts.add(new double[] {t.utilities().get(0), t.utilities().get(1)});
            }
        }
        return pts;
    }

    private static List<double[]> ceilings(TalksRun r, String p, String what) {
        double top = 0;
        for (TalksRun.TraceMove t : r.trace()) {
            if (t.terms() != null) {
                Long v = what.equals("warheads") ? t.terms().warheads() : t.terms().deployedLaunchers();
                top = Math.max(top, v == null ? 0 : v);
            }
        }
        List<double[]> pts = new ArrayList<>();
        for (TalksRun.TraceMove t : r.trace()) {
            if (t.party().equals(p) && t.move().equals("offer")) {
                Long v = what.equals("warheads") ? t.terms().warheads() : t.terms().deployedLaunchers();
                pts.add(new double[] {t.round() - 1, v == null ? top * 1.1 : v});
            }
        }
        return pts;
    }

    private static void stabilityRow(StringBuilder sb, String label, TalksRun.TalksStability v, String a, String b) {
        sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.0f</td><td>%d</td><td>%.0f</td><td>%.3f"
                + "</td></tr>", label, v.warheads().get(a), v.survivingWarheads().get(a), v.warheads().get(b),
                v.survivingWarheads().get(b), v.stabilityIndex()));
    }

    private static String bars(TalksRun r, String a, String b) {
        double max = 1;
        for (TalksRun.TalksStability v : List.of(r.stability().agreed(), r.stability().noTreaty())) {
            max = Math.max(max, Math.max(v.survivingWarheads().get(a), v.survivingWarheads().get(b)));
        }
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 760 190' role='img' "
                + "aria-label='surviving warheads, agreed against no treaty' style='max-width:100%;height:auto'>"
                + "<text x='10' y='16' font-size='14' font-weight='bold'>Surviving warheads after a first strike by the "
                + "other side</text>");
        int y = 30;
        TalksRun.TalksStability agreed = r.stability().agreed();
        TalksRun.TalksStability none = r.stability().noTreaty();
        for (Object[] row : new Object[][] {{a + " agreed", agreed.survivingWarheads().get(a), A_COLOUR, ""},
            {a + " no treaty", none.survivingWarheads().get(a), A_COLOUR, "url(#hatch)"},
            {b + " agreed", agreed.survivingWarheads().get(b), B_COLOUR, ""},
            {b + " no treaty", none.survivingWarheads().get(b), B_COLOUR, "url(#hatch)"}}) {
            double w = 560 * (Double) row[1] / max;
            sb.append(String.format(Locale.ROOT, "<text x='10' y='%d' font-size='12'>%s</text><rect x='120' y='%d' "
                    + "width='%.1f' height='24' fill='%s' stroke='black' %s/><text x='%.1f' y='%d' font-size='12'>%.0f</text>",
                    y + 16, row[0], y, w, row[2], ((String) row[3]).isEmpty() ? "" : "stroke-dasharray='4 2'",
                    125 + w, y + 16, (Double) row[1]));
            y += 36;
        }
        return sb.append("</svg>").toString();
    }
}
