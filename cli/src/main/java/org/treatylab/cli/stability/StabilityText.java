package org.treatylab.cli.stability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.app.stability.ForceRow;
import org.treatylab.app.stability.ParameterUseView;
import org.treatylab.cli.common.TextTable;

/** Stability results as text: number formats, origin codes, the parameter table. */
final class StabilityText {
    static final String ORIGIN_LEGEND = "value sources: row = posture row column; cat/est, cat/asm, cat/conf = shipped "
            + "catalogue estimate, assumption, confirmed; default = category default (assumption); missing = none "
            + "(a missile without yield or CEP cannot strike counterforce; a warhead without yield does no damage)";

    private StabilityText() {
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Short code of where a value came from, for tables. */
    static String code(ParameterUseView u) {
        return switch (u.from()) {
            case "posture-row" -> "row";
            case "catalogue" -> "cat/" + switch (u.status() == null ? "" : u.status()) {
                case "confirmed" -> "conf";
                case "estimate" -> "est";
                default -> "asm";
            };
            case "category-default" -> "default";
            default -> u.from();
        };
    }

    /** One row per system with every parameter the engine used and where it came from. */
    static TextTable parameterTable(List<ForceRow> forces, List<ParameterUseView> parameters) {
        Map<String, Map<String, ParameterUseView>> bySystem = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (ParameterUseView u : parameters) {
            bySystem.computeIfAbsent(u.party() + "/" + u.system(), k -> new LinkedHashMap<>()).put(u.parameter(), u);
            if (!u.parameter().equals("warheads") && !columns.contains(u.parameter())) {
                columns.add(u.parameter());
            }
        }
        List<String> header = new ArrayList<>(List.of("party", "system", "launchers", "warheads"));
        header.addAll(columns);
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (ForceRow f : forces) {
            Map<String, ParameterUseView> used = bySystem.getOrDefault(f.party() + "/" + f.system(), Map.of());
            ParameterUseView w = used.get("warheads");
            List<Object> cells = new ArrayList<>(List.of(f.party(), f.system(), f.launchers(),
                    f.warheads() + (w == null ? "" : " (" + code(w) + ")")));
            for (String c : columns) {
                ParameterUseView u = used.get(c);
                cells.add(u == null || u.value() == null ? "missing" : trim(u.value()) + " (" + code(u) + ")");
            }
            t.row(cells.toArray());
        }
        return t;
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }
}
