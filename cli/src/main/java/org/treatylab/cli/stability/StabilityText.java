package org.treatylab.cli.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.cli.TextTable;
import org.treatylab.domain.forces.SystemParameter;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.force.Origin;
import org.treatylab.stability.force.Resolved;
import org.treatylab.stability.force.SystemProfile;

/** Stability results as text: number formats, origin codes, the parameter table (JSON: report's StabilityViews). */
final class StabilityText {
    static final String ORIGIN_LEGEND = "value sources: row = posture row column; cat/est, cat/asm, cat/conf = shipped "
            + "catalogue estimate, assumption, confirmed; default = category default (assumption); missing = none "
            + "(a missile without yield or CEP cannot strike counterforce; a warhead without yield does no damage)";

    private StabilityText() {
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Short code of an origin for tables. */
    static String code(Origin o) {
        return switch (o.kind()) {
            case SCENARIO -> "scenario";
            case POSTURE_ROW -> "row";
            case CATALOGUE -> "cat/" + switch (o.status()) {
                case CONFIRMED -> "conf";
                case ESTIMATE -> "est";
                case ASSUMPTION -> "asm";
            };
            case CATEGORY_DEFAULT -> "default";
            case MISSING -> "missing";
        };
    }

    /** One row per system with every parameter the engine used and where it came from. */
    static TextTable parameterTable(Force... forces) {
        List<String> header = new ArrayList<>(List.of("party", "system", "launchers", "warheads"));
        SystemProfile.USED.forEach(p -> header.add(p.column()));
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (Force f : forces) {
            for (ForceSystem s : f.systems()) {
                List<Object> cells = new ArrayList<>(List.of(f.party(), s.profile().name(), s.launchers(),
                        s.warheads() + " (" + code(s.profile().warheadsOrigin()) + ")"));
                for (SystemParameter p : SystemProfile.USED) {
                    Resolved r = s.profile().parameter(p);
                    cells.add(r.isPresent() ? trim(r.value()) + " (" + code(r.origin()) + ")" : "missing");
                }
                t.row(cells.toArray());
            }
        }
        return t;
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }
}
