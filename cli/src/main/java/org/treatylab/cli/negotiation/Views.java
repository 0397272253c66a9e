package org.treatylab.cli.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.analysis.Solution;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Value;

/** The JSON shapes of negotiation results (the documented contract): ordered maps with snake_case keys. */
final class Views {
    private Views() {
    }

    /** {issue: value}, numbers for integer and real issues, text for discrete ones. */
    static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<IssueId, Value> e : o.asMap().entrySet()) {
            m.put(e.getKey().name(), plain(e.getValue()));
        }
        return m;
    }

    static Object plain(Value v) {
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        if (v instanceof RealValue r) {
            return r.value();
        }
        return v.text();
    }

    static Map<String, Object> analysis(Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", a.domain().name());
        m.put("outcomes", a.outcomes());
        m.put("method", a.method().name().toLowerCase(java.util.Locale.ROOT));
        m.put("reservations", a.reservations());
        List<Map<String, Object>> pareto = new ArrayList<>();
        for (ParetoPoint p : a.pareto()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("utilities", p.utilities());
            pm.put("outcome", outcome(p.outcome()));
            pm.put("rational", p.rational());
            pareto.add(pm);
        }
        m.put("pareto", pareto);
        m.put("nash", a.nash().map(s -> solution(a, s)).orElse(null));
        m.put("kalai_smorodinsky", a.kalaiSmorodinsky().map(s -> solution(a, s)).orElse(null));
        m.put("max_welfare", solution(a, a.maxWelfare()));
        m.put("opposition", a.opposition());
        return m;
    }

    /** A solution with the same fields whichever it is: utilities, outcome, Nash product, welfare. */
    static Map<String, Object> solution(Analysis a, Solution s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("utilities", s.utilities());
        m.put("outcome", outcome(s.outcome()));
        double product = 1;
        double welfare = 0;
        for (int i = 0; i < s.utilities().size(); i++) {
            product *= s.utilities().get(i) - a.reservations().get(i);
            welfare += s.utilities().get(i);
        }
        m.put("product", product);
        m.put("welfare", welfare);
        return m;
    }

    static String text(Outcome o) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<IssueId, Value> e : o.asMap().entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey().name()).append('=').append(e.getValue().text());
        }
        return sb.toString();
    }

    static String utilities(List<Double> u) {
        return String.join(" ", u.stream().map(Views::number).toList());
    }

    static String number(double d) {
        return String.format(java.util.Locale.ROOT, "%.4f", d);
    }
}
