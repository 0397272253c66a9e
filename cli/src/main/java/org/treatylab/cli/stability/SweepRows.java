package org.treatylab.cli.stability;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.app.stability.SweepResult;
import org.treatylab.cli.common.TextTable;

/** The rows of a sweep as text, CSV and HTML show them, and the sentences that answer "what at N warheads?". */
final class SweepRows {
    private final SweepResult report;
    private final String a;
    private final String b;

    SweepRows(SweepResult report) {
        this.report = report;
        boolean same = report.a().equals(report.b());
        this.a = same ? "a" : report.a().toLowerCase(java.util.Locale.ROOT);
        this.b = same ? "b" : report.b().toLowerCase(java.util.Locale.ROOT);
    }

    List<String> header(boolean csv) {
        List<String> h = new ArrayList<>(List.of("rule"));
        h.addAll(csv ? List.of("ceiling", "cut_percent") : List.of("ceiling"));
        h.addAll(List.of(a + "_warheads", b + "_warheads", a + "_vehicles", b + "_vehicles", a + "_survivors",
                b + "_survivors", a + "_ratio", b + "_ratio", "index"));
        return h;
    }

    List<List<String>> rows(boolean csv) {
        List<List<String>> out = new ArrayList<>();
        for (SweepResult.SweepPoint p : report.points()) {
            List<String> r = new ArrayList<>(List.of(p.rule()));
            if (csv) {
                r.add(p.ceiling() == null ? "" : Long.toString(p.ceiling()));
                r.add(p.cutShare() == null ? "" : StabilityText.num(p.cutShare() * 100, 0));
            } else {
                r.add(p.label());
            }
            r.addAll(List.of(Long.toString(p.aWarheads()), Long.toString(p.bWarheads()),
                    Long.toString(p.aVehicles()), Long.toString(p.bVehicles()),
                    StabilityText.num(p.aSurvivors(), csv ? 3 : 0), StabilityText.num(p.bSurvivors(), csv ? 3 : 0),
                    StabilityText.num(p.assessment().ratioA(), 3), StabilityText.num(p.assessment().ratioB(), 3),
                    StabilityText.num(p.assessment().index(), 3)));
            out.add(r);
        }
        return out;
    }

    TextTable table(boolean csv) {
        TextTable t = new TextTable(header(csv).toArray(String[]::new));
        rows(csv).forEach(r -> t.row(r.toArray()));
        return t;
    }

    /** One sentence per point at {@code ceiling} (and per cut point): survivors each way and the index. */
    List<String> answers(Long ceiling) {
        List<String> out = new ArrayList<>();
        String pa = report.a();
        String pb = report.b();
        for (SweepResult.SweepPoint p : report.points()) {
            if (p.ceiling() != null && !p.ceiling().equals(ceiling)) {
                continue;
            }
            String what = p.ceiling() != null ? p.ceiling() + " warheads each"
                    : p.label() + " (each side to " + StabilityText.num((1 - p.cutShare()) * 100, 0)
                            + "% of its own warheads)";
            out.add(String.format("%s, %s: %s keeps %s of %,d warheads after a %s first strike; %s keeps %s of %,d "
                    + "after a %s first strike; stability index %s (%s ratio %s, %s ratio %s)", what, p.rule(),
                    pa, StabilityText.num(p.aSurvivors(), 0), p.aWarheads(), pb, pb,
                    StabilityText.num(p.bSurvivors(), 0), p.bWarheads(), pa,
                    StabilityText.num(p.assessment().index(), 3), pa, StabilityText.num(p.assessment().ratioA(), 3), pb,
                    StabilityText.num(p.assessment().ratioB(), 3)));
        }
        return out;
    }
}
