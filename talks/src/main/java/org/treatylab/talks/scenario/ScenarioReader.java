package org.treatylab.talks.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.SectionedFile;
import org.treatylab.domain.io.SectionedFile.Line;
import org.treatylab.domain.io.SectionedFile.Section;

/** Reads talks scenario files (format documented at the top of the shipped {@code start-2009.scenario}). */
public final class ScenarioReader {
    /** The issues the derivation knows how to value; a scenario may use any subset. */
    public static final List<String> KNOWN_ISSUES = List.of("warheads", "deployed_launchers", "total_launchers",
            "bomber_counting", "missile_defense", "inspections_per_year", "telemetry", "unique_ids", "duration_years");
    private static final List<String> TOP_KEYS = List.of("id", "name", "parties", "postures", "first_round",
            "deadline", "round_days", "reduction_years", "counting", "reduction_rule", "facilities",
            "violating_facilities", "detect_without_ids", "telemetry_detection", "cost.inspections", "cost.telemetry",
            "cost.unique_ids", "source");
    private static final List<String> ISSUE_KEYS = List.of("label", "kind", "limit", "values", "note");

    private ScenarioReader() {
    }

    public static Scenario parse(String file, String text) {
        SectionedFile f = SectionedFile.parse(file, text, "issue", "delegation");
        Map<String, Line> top = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (Line l : f.top()) {
            if (!TOP_KEYS.contains(l.key())) {
                throw f.error(l.number(), l.key(), "unknown field (known: " + TOP_KEYS + ")");
            }
            if (l.key().equals("source")) {
                sources.add(l.value());
            } else if (top.put(l.key(), l) != null) {
                throw f.error(l.number(), l.key(), "given twice");
            }
        }
        List<Party> parties = new ArrayList<>();
        Line pl = required(f, top, "parties");
        for (String p : pl.value().split(",")) {
            parties.add(party(f, pl.number(), "parties", p));
        }
        List<TalksIssue> issues = new ArrayList<>();
        for (Section s : f.sections("issue")) {
            issues.add(issue(f, s));
        }
        if (issues.isEmpty()) {
            throw f.error(0, "issue", "a scenario needs at least one [issue ID] section");
        }
        Map<Party, Delegation> delegations = new HashMap<>();
        for (Section s : f.sections("delegation")) {
            Party p = party(f, s.number(), "delegation", s.id());
            if (delegations.put(p, delegation(f, s, p, issues)) != null) {
                throw f.error(s.number(), "delegation", "delegation " + p + " is defined twice");
            }
        }
        try {
            return new Scenario(required(f, top, "id").value(), text(top, "name", null), parties,
                    required(f, top, "postures").value(), date(f, required(f, top, "first_round")),
                    date(f, required(f, top, "deadline")), integer(f, top, "round_days", 7),
                    integer(f, top, "reduction_years", 7), text(top, "counting", "new-start"),
                    text(top, "reduction_rule", "proportional"), integer(f, top, "facilities", 35),
                    integer(f, top, "violating_facilities", 1), new Scenario.VerificationModel(
                            decimal(f, top, "detect_without_ids", 0.5), decimal(f, top, "telemetry_detection", 0.2),
                            decimal(f, top, "cost.inspections", 0.6), decimal(f, top, "cost.telemetry", 0.25),
                            decimal(f, top, "cost.unique_ids", 0.15)), issues, delegations, sources);
        } catch (IllegalArgumentException e) {
            throw f.error(0, null, e.getMessage());
        }
    }

    private static TalksIssue issue(SectionedFile f, Section s) {
        if (!KNOWN_ISSUES.contains(s.id())) {
            throw f.error(s.number(), "issue", "no derivation is known for issue '" + s.id() + "' (known: "
                    + KNOWN_ISSUES + ")");
        }
        Map<String, Line> m = new HashMap<>();
        for (Line l : s.lines()) {
            if (!ISSUE_KEYS.contains(l.key())) {
                throw f.error(l.number(), l.key(), "unknown field in [issue " + s.id() + "] (known: " + ISSUE_KEYS + ")");
            }
            m.put(l.key(), l);
        }
        Line values = m.get("values");
        if (values == null) {
            throw f.error(s.number(), "values", "issue '" + s.id() + "' has no 'values = a, b, ...' line");
        }
        try {
            return new TalksIssue(s.id(), text(m, "label", s.id()), text(m, "kind", "choice"), text(m, "limit", null),
                    Arrays.stream(values.value().split(",")).map(String::strip).toList(), text(m, "note", ""));
        } catch (IllegalArgumentException e) {
            throw f.error(values.number(), "values", e.getMessage());
        }
    }

    private static Delegation delegation(SectionedFile f, Section s, Party p, List<TalksIssue> issues) {
        Map<Criterion, Weight> weights = new EnumMap<>(Criterion.class);
        Map<Criterion, Delegation.Ranking> rankings = new EnumMap<>(Criterion.class);
        String agent = "boulware";
        for (Line l : s.lines()) {
            if (l.key().equals("agent")) {
                agent = l.value();
            } else if (l.key().startsWith("weight.")) {
                Criterion c = criterion(f, l, l.key().substring(7));
                String[] parts = l.value().split("\\s+-\\s+", 2);
                try {
                    weights.put(c, new Weight(c, Double.parseDouble(parts[0].strip()), parts.length > 1 ? parts[1] : ""));
                } catch (NumberFormatException e) {
                    throw f.error(l.number(), l.key(), "expected 'NUMBER - source or rationale', got '" + l.value() + "'");
                } catch (IllegalArgumentException e) {
                    throw f.error(l.number(), l.key(), e.getMessage());
                }
            } else if (l.key().startsWith("rank.")) {
                Criterion c = criterion(f, l, l.key().substring(5));
                String issueId = switch (c) {
                    case MISSILE_DEFENSE -> "missile_defense";
                    case DURATION -> "duration_years";
                    default -> throw f.error(l.number(), l.key(), "only missile_defense and duration are ranked");
                };
                String[] parts = l.value().split("\\s+-\\s+", 2);
                List<String> order = Arrays.stream(parts[0].split(">")).map(String::strip).toList();
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw f.error(l.number(), l.key(), "a ranking needs its source or rationale after ' - '");
                }
                issues.stream().filter(i -> i.id().equals(issueId)).findFirst().ifPresent(i -> {
                    if (!new java.util.HashSet<>(order).equals(new java.util.HashSet<>(i.values()))) {
                        throw f.error(l.number(), l.key(), "must rank exactly the options of issue '" + issueId
                                + "' " + i.values() + ", got " + order);
                    }
                });
                rankings.put(c, new Delegation.Ranking(order, parts[1]));
            } else {
                throw f.error(l.number(), l.key(), "unknown field in [delegation " + p
                        + "] (known: agent, weight.CRITERION, rank.CRITERION)");
            }
        }
        for (Criterion c : List.of(Criterion.MISSILE_DEFENSE, Criterion.DURATION)) {
            if (weights.containsKey(c) && weights.get(c).value() > 0 && !rankings.containsKey(c)) {
                throw f.error(s.number(), "rank." + c.key(), "delegation " + p + " weighs " + c.key()
                        + " but gives no 'rank." + c.key() + " = best > ... > worst - rationale'");
            }
        }
        try {
            return new Delegation(p, agent, weights, rankings);
        } catch (IllegalArgumentException e) {
            throw f.error(s.number(), "delegation", e.getMessage());
        }
    }

    private static Criterion criterion(SectionedFile f, Line l, String key) {
        try {
            return Criterion.parse(key);
        } catch (IllegalArgumentException e) {
            throw f.error(l.number(), l.key(), e.getMessage());
        }
    }

    private static Party party(SectionedFile f, int line, String field, String text) {
        try {
            return Party.parse(text);
        } catch (IllegalArgumentException e) {
            throw f.error(line, field, e.getMessage());
        }
    }

    private static Line required(SectionedFile f, Map<String, Line> top, String key) {
        Line l = top.get(key);
        if (l == null || l.value().isBlank()) {
            throw f.error(l == null ? 0 : l.number(), key, "missing");
        }
        return l;
    }

    private static String text(Map<String, Line> m, String key, String dflt) {
        Line l = m.get(key);
        return l == null || l.value().isBlank() ? dflt : l.value();
    }

    private static int integer(SectionedFile f, Map<String, Line> m, String key, int dflt) {
        Line l = m.get(key);
        if (l == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(l.value());
        } catch (NumberFormatException e) {
            throw f.error(l.number(), key, "expected a whole number, got '" + l.value() + "'");
        }
    }

    private static double decimal(SectionedFile f, Map<String, Line> m, String key, double dflt) {
        Line l = m.get(key);
        if (l == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(l.value());
        } catch (NumberFormatException e) {
            throw f.error(l.number(), key, "expected a number, got '" + l.value() + "'");
        }
    }

    private static LocalDate date(SectionedFile f, Line l) {
        try {
            return LocalDate.parse(l.value());
        } catch (DateTimeParseException e) {
            throw f.error(l.number(), l.key(), "expected a date YYYY-MM-DD, got '" + l.value() + "'");
        }
    }

}
