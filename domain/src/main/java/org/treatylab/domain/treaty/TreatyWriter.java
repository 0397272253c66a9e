package org.treatylab.domain.treaty;

import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.domain.Status;

/** Writes a treaty in the file format {@link TreatyReader} reads, so that a built or edited treaty can be saved. */
public final class TreatyWriter {
    private TreatyWriter() {
    }

    public static String write(Treaty t) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Treaty file (TreatyLab format): key = value lines, '#' comments, one [limit ID] section per limit.\n");
        line(sb, "id", t.id());
        line(sb, "name", t.name());
        line(sb, "parties", String.join(", ", t.parties().stream().map(Party::code).toList()));
        line(sb, "signed", t.signed());
        line(sb, "entry_into_force", t.entryIntoForce());
        line(sb, "expiry", t.expiry());
        line(sb, "termination", t.termination());
        line(sb, "counting", t.counting());
        for (Map.Entry<String, String> o : t.options().entrySet()) {
            line(sb, "option." + o.getKey(), o.getValue());
        }
        t.sources().forEach(s -> line(sb, "source", s));
        if (!t.notes().isEmpty()) {
            for (String n : t.notes().split("\n")) {
                line(sb, "note", n);
            }
        }
        for (Limit l : t.limits()) {
            sb.append("\n[limit ").append(l.id()).append("]\n");
            if (!l.counts().equals(l.id())) {
                line(sb, "counts", l.counts());
            }
            if (!l.description().isEmpty()) {
                line(sb, "description", l.description());
            }
            for (LimitStep s : l.steps()) {
                line(sb, "ceiling", step(s));
            }
            for (Map.Entry<Party, java.util.List<LimitStep>> own : l.byParty().entrySet()) {
                String key = "ceiling[" + own.getKey().code() + "]";
                if (own.getValue().isEmpty()) {
                    line(sb, key, "none");
                }
                for (LimitStep s : own.getValue()) {
                    line(sb, key, step(s));
                }
            }
            l.sources().forEach(s -> line(sb, "source", s));
        }
        return sb.toString();
    }

    private static StringBuilder step(LimitStep s) {
        StringBuilder v = new StringBuilder().append(s.ceiling()).append(" from ").append(s.from());
        if (s.status() != Status.CONFIRMED) {
            v.append(' ').append(s.status() == Status.ESTIMATE ? "unconfirmed" : "assumption");
        }
        if (!s.note().isEmpty()) {
            v.append(" - ").append(s.note());
        }
        return v;
    }

    private static void line(StringBuilder sb, String key, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            sb.append(key).append(" = ").append(value).append('\n');
        }
    }
}
