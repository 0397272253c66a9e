package org.treatylab.cli.negotiation;

import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.Value;

/**
 * Text forms of negotiation results for tables; the JSON shapes live in
 * {@link org.treatylab.report.NegotiationViews}, shared with the server.
 */
final class Views {
    private Views() {
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
