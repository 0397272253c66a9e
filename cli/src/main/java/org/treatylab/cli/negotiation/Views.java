package org.treatylab.cli.negotiation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.app.negotiation.IssueValue;

/** Text forms of negotiation results for tables; the JSON is report's mapping of the same records. */
final class Views {
    private Views() {
    }

    /** {@code rent=10, term=1 year}: each value as written in the files. */
    static String text(Map<String, IssueValue> outcome) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, IssueValue> e : outcome.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(plain(e.getValue()));
        }
        return sb.toString();
    }

    private static String plain(IssueValue v) {
        return v instanceof IssueValue.Label l ? l.value() : String.valueOf(v.plain());
    }

    static String utilities(List<Double> u) {
        return String.join(" ", u.stream().map(Views::number).toList());
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
