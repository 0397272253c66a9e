package org.treatylab.cli.stability;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.cli.TextTable;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.sweep.SweepPoint;
import org.treatylab.stability.sweep.SweepReport;

/** The rows of a sweep as text, CSV and HTML show them, and the sentences that answer "what at N warheads?". */
final class SweepRows {
    private final SweepReport report;
    private final String a;
    private final String b;

    SweepRows(SweepReport report) {
        this.report = report;
        boolean same = report.a().party().equals(report.b().party());
        this.a = same ? "a" : report.a().party().lowerCode();
        this.b = same ? "b" : report.b().party().lowerCode();
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
        for (SweepPoint p : report.points()) {
            Assessment s = p.assessment();
            List<String> r = new ArrayList<>(List.of(p.rule().id()));
            if (csv) {
                r.add(p.ceiling() == null ? "" : Long.toString(p.ceiling()));
                r.add(p.cutShare() == null ? "" : StabilityText.num(p.cutShare() * 100, 0));
            } else {
                r.add(p.label());
            }
            r.addAll(List.of(Long.toString(p.a().totalWarheads()), Long.toString(p.b().totalWarheads()),
                    Long.toString(p.a().totalLaunchers()), Long.toString(p.b().totalLaunchers()),
                    StabilityText.num(s.survivorsA(), csv ? 3 : 0), StabilityText.num(s.survivorsB(), csv ? 3 : 0),
                    StabilityText.num(s.ratioA(), 3), StabilityText.num(s.ratioB(), 3),
                    StabilityText.num(s.index(), 3)));
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
        for (SweepPoint p : report.points()) {
            if (p.ceiling() != null && !p.ceiling().equals(ceiling)) {
                continue;
            }
            Assessment s = p.assessment();
            String pa = report.a().party().code();
            String pb = report.b().party().code();
            String what = p.ceiling() != null ? p.ceiling() + " warheads each"
                    : p.label() + " (each side to " + StabilityText.num((1 - p.cutShare()) * 100, 0)
                            + "% of its own warheads)";
            out.add(String.format("%s, %s: %s keeps %s of %,d warheads after a %s first strike; %s keeps %s of %,d "
                    + "after a %s first strike; stability index %s (%s ratio %s, %s ratio %s)", what, p.rule().id(),
                    pa, StabilityText.num(s.survivorsA(), 0), p.a().totalWarheads(), pb, pb,
                    StabilityText.num(s.survivorsB(), 0), p.b().totalWarheads(), pa,
                    StabilityText.num(s.index(), 3), pa, StabilityText.num(s.ratioA(), 3), pb,
                    StabilityText.num(s.ratioB(), 3)));
        }
        return out;
    }
}
