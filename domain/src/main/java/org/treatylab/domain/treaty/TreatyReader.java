package org.treatylab.domain.treaty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.Status;
import org.treatylab.domain.counting.CountingRuleSet;
import org.treatylab.domain.counting.CountingRuleSets;
import org.treatylab.domain.io.SectionedFile;

/**
 * Reads a treaty file: {@code key = value} lines, {@code #} comments, and one {@code [limit ID]} section per limit.
 *
 * <p>The format is documented in the shipped files (see {@code treatylab treaty show new-start --format file}).
 * Every problem is an {@link InputException} naming the file, line and field.
 */
public final class TreatyReader {
    private static final List<String> TOP_KEYS = List.of("id", "name", "parties", "signed", "entry_into_force", "expiry",
            "termination", "counting", "source", "note");
    private static final List<String> LIMIT_KEYS = List.of("counts", "description", "ceiling", "source");
    private static final Pattern PARTY_CEILING = Pattern.compile("ceiling\\[\\s*([^\\]]*?)\\s*]");
    private static final Pattern CEILING = Pattern.compile(
            "(\\d[\\d_,]*)(?:\\s+from\\s+(\\S+))?(?:\\s+(confirmed|estimate|assumption|unconfirmed))?(?:\\s*[-—:]\\s*(.*))?");

    private TreatyReader() {
    }

    public static Treaty read(Path path) {
        return parse(path.toString(), org.treatylab.domain.io.TextFiles.read(path));
    }

    /** Parses treaty text; {@code file} names it in error messages. */
    public static Treaty parse(String file, String text) {
        SectionedFile parsed = SectionedFile.parse(file, text, "limit");
        Map<String, Line> top = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Line> options = new LinkedHashMap<>();
        for (SectionedFile.Line l : parsed.top()) {
            Line line = new Line(l.number(), l.key(), l.value());
            if (line.key.startsWith("option.")) {
                options.put(line.key.substring("option.".length()), line);
            } else if (line.key.equals("source")) {
                sources.add(line.value);
            } else if (line.key.equals("note")) {
                notes.add(line.value);
            } else if (!TOP_KEYS.contains(line.key)) {
                throw InputException.at(file, line.no, line.key, "unknown field (known: " + TOP_KEYS
                        + ", option.NAME, and [limit ID] sections)");
            } else if (top.put(line.key, line) != null) {
                throw InputException.at(file, line.no, line.key, "given twice");
            }
        }
        List<LimitDraft> limits = new ArrayList<>();
        for (SectionedFile.Section s : parsed.sections("limit")) {
            LimitDraft d = new LimitDraft(s.id(), s.number());
            for (SectionedFile.Line l : s.lines()) {
                if (!LIMIT_KEYS.contains(l.key()) && !PARTY_CEILING.matcher(l.key()).matches()) {
                    throw InputException.at(file, l.number(), l.key(), "unknown field in [limit " + s.id()
                            + "] (known: " + LIMIT_KEYS + " and ceiling[PARTY])");
                }
                d.lines.add(new Line(l.number(), l.key(), l.value()));
            }
            limits.add(d);
        }
        return build(file, top, options, sources, notes, limits);
    }

    private static Treaty build(String file, Map<String, Line> top, Map<String, Line> optionLines,
            List<String> sources, List<String> notes, List<LimitDraft> drafts) {
        String id = required(file, top, "id");
        List<Party> parties = new ArrayList<>();
        Line partyLine = top.get("parties");
        if (partyLine == null) {
            throw InputException.at(file, 0, "parties", "missing (e.g. 'parties = US, RU')");
        }
        for (String p : partyLine.value.split(",")) {
            try {
                parties.add(Party.parse(p));
            } catch (IllegalArgumentException e) {
                throw InputException.at(file, partyLine.no, "parties", e.getMessage());
            }
        }
        LocalDate entry = date(file, top, "entry_into_force");
        if (entry == null) {
            throw InputException.at(file, 0, "entry_into_force", "missing (the first day the treaty is in force)");
        }
        String counting = top.containsKey("counting") ? top.get("counting").value : null;
        if (!drafts.isEmpty() && (counting == null || counting.isEmpty())) {
            throw InputException.at(file, drafts.get(0).line, "counting",
                    "the treaty has limits but no 'counting = RULES' line (known rule sets: "
                            + CountingRuleSets.all().stream().map(CountingRuleSet::id).toList() + ")");
        }
        CountingRuleSet rules = null;
        if (counting != null && !counting.isEmpty()) {
            try {
                rules = CountingRuleSets.get(counting);
            } catch (IllegalArgumentException e) {
                throw InputException.at(file, top.get("counting").no, "counting", e.getMessage());
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, Line> o : optionLines.entrySet()) {
            if (rules == null) {
                throw InputException.at(file, o.getValue().no, o.getValue().key, "options need a 'counting' rule set");
            }
            Map<String, String> one = Map.of(o.getKey(), o.getValue().value);
            try {
                rules.withDefaults(one);
            } catch (IllegalArgumentException e) {
                throw InputException.at(file, o.getValue().no, o.getValue().key, e.getMessage());
            }
            options.put(o.getKey(), o.getValue().value);
        }
        List<Limit> limits = new ArrayList<>();
        for (LimitDraft d : drafts) {
            limits.add(d.build(file, entry, rules, parties));
        }
        try {
            return new Treaty(id, top.containsKey("name") ? top.get("name").value : id, parties,
                    date(file, top, "signed"), entry, date(file, top, "expiry"), date(file, top, "termination"),
                    counting, options, limits, sources, String.join("\n", notes));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("dates out of order") ? "dates" : null;
            Line where = top.get(e.getMessage().startsWith("treaty id") ? "id" : "entry_into_force");
            throw InputException.at(file, where == null ? 0 : where.no, field, e.getMessage());
        }
    }

    private static String required(String file, Map<String, Line> top, String key) {
        Line l = top.get(key);
        if (l == null || l.value.isEmpty()) {
            throw InputException.at(file, l == null ? 0 : l.no, key, "missing");
        }
        return l.value;
    }

    private static LocalDate date(String file, Map<String, Line> top, String key) {
        Line l = top.get(key);
        if (l == null || l.value.isEmpty()) {
            return null;
        }
        return parseDate(file, l.no, key, l.value);
    }

    private static LocalDate parseDate(String file, int no, String key, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InputException.at(file, no, key, "expected a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private record Line(int no, String key, String value) {
    }

    private static final class LimitDraft {
        final String id;
        final int line;
        final List<Line> lines = new ArrayList<>();

        LimitDraft(String id, int line) {
            this.id = id;
            this.line = line;
        }

        Limit build(String file, LocalDate entry, CountingRuleSet rules, List<Party> parties) {
            String counts = id;
            String description = "";
            List<String> sources = new ArrayList<>();
            List<LimitStep> steps = new ArrayList<>();
            Map<Party, List<LimitStep>> byParty = new LinkedHashMap<>();
            Map<Party, Line> noneLines = new LinkedHashMap<>();
            int countsLine = line;
            for (Line l : lines) {
                Matcher own = PARTY_CEILING.matcher(l.key);
                if (own.matches()) {
                    Party p;
                    try {
                        p = Party.parse(own.group(1));
                    } catch (IllegalArgumentException e) {
                        throw InputException.at(file, l.no, l.key, e.getMessage());
                    }
                    if (!parties.contains(p)) {
                        throw InputException.at(file, l.no, l.key, p + " is not a party to this treaty (parties: "
                                + parties + ")");
                    }
                    if (l.value.equalsIgnoreCase("none")) {
                        if (byParty.containsKey(p)) {
                            throw InputException.at(file, l.no, l.key, "'none' must be the only ceiling of " + p);
                        }
                        noneLines.put(p, l);
                        byParty.put(p, new ArrayList<>());
                    } else {
                        if (noneLines.containsKey(p)) {
                            throw InputException.at(file, l.no, l.key, "'none' must be the only ceiling of " + p);
                        }
                        byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(step(file, l, entry));
                    }
                    continue;
                }
                switch (l.key) {
                    case "counts" -> {
                        counts = l.value;
                        countsLine = l.no;
                    }
                    case "description" -> description = l.value;
                    case "source" -> sources.add(l.value);
                    default -> steps.add(step(file, l, entry));
                }
            }
            if (steps.isEmpty()) {
                throw InputException.at(file, line, "ceiling", "limit '" + id + "' has no 'ceiling = N [from DATE]' line"
                        + (byParty.isEmpty() ? "" : " (the common ceiling, for parties without a ceiling[PARTY] line)"));
            }
            if (rules != null && !rules.counts(counts)) {
                throw InputException.at(file, countsLine, "counts", "counting rule set " + rules.id()
                        + " does not count '" + counts + "' (it counts: "
                        + rules.quantities().stream().map(q -> q.id()).toList() + ")");
            }
            try {
                return new Limit(id, counts, description, steps, sources, byParty);
            } catch (IllegalArgumentException e) {
                throw InputException.at(file, line, "ceiling", e.getMessage());
            }
        }

        private static LimitStep step(String file, Line l, LocalDate entry) {
            Matcher m = CEILING.matcher(l.value);
            if (!m.matches()) {
                throw InputException.at(file, l.no, "ceiling",
                        "expected 'N [from YYYY-MM-DD] [unconfirmed] [- note]', got '" + l.value + "'");
            }
            long ceiling;
            try {
                ceiling = Long.parseLong(m.group(1).replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw InputException.at(file, l.no, "ceiling", "ceiling too large: '" + m.group(1) + "'");
            }
            LocalDate from = m.group(2) == null ? entry : parseDate(file, l.no, "ceiling", m.group(2));
            String flag = m.group(3);
            Status status = flag == null || flag.equals("confirmed") ? Status.CONFIRMED
                    : flag.equals("assumption") ? Status.ASSUMPTION : Status.ESTIMATE;
            String note = m.group(4) == null ? "" : m.group(4).strip();
            if (status == Status.ASSUMPTION && note.isEmpty()) {
                throw InputException.at(file, l.no, "ceiling", "an assumption needs its rationale after ' - '");
            }
            return new LimitStep(from, ceiling, status, note);
        }
    }
}
