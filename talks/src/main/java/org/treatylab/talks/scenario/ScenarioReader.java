package org.treatylab.talks.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.SectionedFile;
import org.treatylab.domain.io.SectionedFile.Line;
import org.treatylab.domain.io.SectionedFile.Section;

/** Reads talks scenario files; every key is documented in {@code docs/talks-scenarios.md}. */
public final class ScenarioReader {
    /** Issues with a derivation by the engines (the other issues are ranked by the delegations). */
    public static final List<String> DERIVED_ISSUES = List.of("warheads", "deployed_launchers", "total_launchers",
            "bomber_counting", "inspections_per_year", "telemetry", "unique_ids");
    /** Parameters every delegation gives ({@code param.NAME = NUMBER - rationale}). */
    public static final List<String> DELEGATION_PARAMETERS = List.of("survivability.requirement",
            "upload.hedge_reference", "upload.threat_reference", "cost.ICBM", "cost.MOBILE_ICBM", "cost.HEAVY_ICBM",
            "cost.SLBM", "cost.HEAVY_BOMBER", "cost.non_deployed_share", "cost.warhead");
    /** Parameters a delegation gives when its forces need them (a medium bomber's cost). */
    public static final List<String> OPTIONAL_PARAMETERS = List.of("cost.MEDIUM_BOMBER");
    private static final List<String> TOP_KEYS = List.of("id", "name", "parties", "postures", "first_round",
            "deadline", "deadline_kind", "end", "round_days", "reduction_years", "counting", "source", "bilateral",
            "first_strike", "ensemble.agents", "ensemble.seeds");
    private static final List<String> ISSUE_KEYS = List.of("label", "kind", "limit", "values", "note", "no_treaty",
            "parties");
    private static final Map<String, List<String>> FIXED_OPTIONS = Map.of(
            "bomber_counting", List.of("one-per-bomber", "weapons-assigned"),
            "telemetry", List.of("none", "exchange"),
            "unique_ids", List.of("no", "yes"));

    private ScenarioReader() {
    }

    public static Scenario parse(String file, String text) {
        SectionedFile f = SectionedFile.parse(file, text, "issue", "delegation");
        Map<String, Line> top = new LinkedHashMap<>();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (Line l : f.top()) {
            if (Scenario.PARAMETERS.contains(l.key())) {
                parameters.put(l.key(), parameter(f, l, l.key()));
                continue;
            }
            if (!TOP_KEYS.contains(l.key())) {
                throw f.error(l.number(), l.key(), "unknown field (known: " + TOP_KEYS + " and the parameters "
                        + Scenario.PARAMETERS + ")");
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
        String kind = text(top, "deadline_kind", "hard");
        if (!kind.equals("hard") && !kind.equals("soft")) {
            throw f.error(top.get("deadline_kind").number(), "deadline_kind", "expected 'hard' or 'soft', got '"
                    + kind + "'");
        }
        LocalDate deadline = date(f, required(f, top, "deadline"));
        LocalDate end = kind.equals("soft") ? date(f, required(f, top, "end")) : deadline;
        if (kind.equals("hard") && top.containsKey("end")) {
            throw f.error(top.get("end").number(), "end", "only a soft deadline has an end; a hard deadline ends the talks");
        }
        Setup setup = setup(f, top);
        try {
            return new Scenario(required(f, top, "id").value(), text(top, "name", null), parties,
                    required(f, top, "postures").value(), date(f, required(f, top, "first_round")), deadline,
                    kind.equals("soft"), end, integer(f, top, "round_days", 7), integer(f, top, "reduction_years", 7),
                    text(top, "counting", "new-start"), issues, delegations, parameters, sources, setup);
        } catch (IllegalArgumentException e) {
            throw f.error(0, null, e.getMessage());
        }
    }

    /** {@code bilateral}, {@code first_strike}, {@code ensemble.agents} and {@code ensemble.seeds}. */
    private static Setup setup(SectionedFile f, Map<String, Line> top) {
        List<Party> bilateral = new ArrayList<>();
        Line b = top.get("bilateral");
        if (b != null) {
            for (String p : b.value().split(",")) {
                bilateral.add(party(f, b.number(), "bilateral", p));
            }
        }
        org.treatylab.stability.multi.StrikeScenario strike = org.treatylab.stability.multi.StrikeScenario.WORSE_SINGLE;
        Line fs = top.get("first_strike");
        if (fs != null) {
            try {
                strike = org.treatylab.stability.multi.StrikeScenario.parse(fs.value());
            } catch (IllegalArgumentException e) {
                throw f.error(fs.number(), "first_strike", e.getMessage());
            }
        }
        List<String> agents = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        Line ea = top.get("ensemble.agents");
        Line es = top.get("ensemble.seeds");
        if (ea != null) {
            Arrays.stream(ea.value().split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(agents::add);
        }
        if (es != null) {
            try {
                long n = Long.parseLong(es.value().strip());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                for (long i = 1; i <= n; i++) {
                    seeds.add(i);
                }
            } catch (NumberFormatException e) {
                throw f.error(es.number(), "ensemble.seeds", "expected a number of seeds >= 1, got '" + es.value() + "'");
            }
        }
        try {
            return new Setup(bilateral, List.of(), Map.of(), strike, agents, seeds);
        } catch (IllegalArgumentException e) {
            throw f.error((ea != null ? ea : es != null ? es : b).number(), null, e.getMessage());
        }
    }

    private static TalksIssue issue(SectionedFile f, Section s) {
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
        List<Party> limited = new ArrayList<>();
        Line pl = m.get("parties");
        if (pl != null) {
            for (String p : pl.value().split(",")) {
                limited.add(party(f, pl.number(), "parties", p));
            }
        }
        TalksIssue issue;
        try {
            issue = new TalksIssue(s.id(), text(m, "label", s.id()), text(m, "kind", "choice"), text(m, "limit", null),
                    Arrays.stream(values.value().split(",")).map(String::strip).toList(), text(m, "note", ""),
                    text(m, "no_treaty", null), limited);
        } catch (IllegalArgumentException e) {
            throw f.error(values.number(), "values", e.getMessage());
        }
        boolean ownName = issue.limit() != null && issue.limit().equals(TalksIssue.CEILINGS.get(issue.id()));
        boolean perParty = !issue.parties().isEmpty() && TalksIssue.CEILINGS.containsValue(issue.limit())
                && !TalksIssue.CEILINGS.containsKey(issue.id());
        if (issue.kind().equals("ceiling") && !ownName && !perParty) {
            throw f.error(s.number(), "issue", "a ceiling issue must be one of " + TalksIssue.CEILINGS
                    + " (issue id = limit id), or a per-party ceiling with its own id, 'parties = ...' and a limit of "
                    + TalksIssue.CEILINGS.values() + ", got '" + issue.id() + "' setting '" + issue.limit() + "'");
        }
        if (TalksIssue.CEILINGS.containsKey(issue.id()) && !issue.kind().equals("ceiling")) {
            throw f.error(s.number(), "kind", "issue '" + issue.id() + "' must be of kind ceiling");
        }
        List<String> fixed = FIXED_OPTIONS.get(issue.id());
        if (fixed != null && !new HashSet<>(fixed).containsAll(issue.values())) {
            throw f.error(values.number(), "values", "issue '" + issue.id() + "' takes options from " + fixed);
        }
        if (issue.id().equals("inspections_per_year") && !issue.kind().equals("count")) {
            throw f.error(s.number(), "kind", "issue 'inspections_per_year' must be of kind count");
        }
        return issue;
    }

    private static Delegation delegation(SectionedFile f, Section s, Party p, List<TalksIssue> issues) {
        Map<Criterion, Weight> weights = new LinkedHashMap<>();
        Map<String, Delegation.Ranking> rankings = new HashMap<>();
        Map<String, Parameter> params = new HashMap<>();
        Map<String, Parameter> capacities = new HashMap<>();
        Map<String, Parameter> ratification = new HashMap<>();
        List<Delegation.Projection> projection = new ArrayList<>();
        Map<Criterion, Line> weightLines = new HashMap<>();
        String agent = "boulware";
        String posture = null;
        for (Line l : s.lines()) {
            String k = l.key();
            if (k.equals("agent")) {
                agent = l.value();
            } else if (k.equals("posture")) {
                posture = l.value();
            } else if (k.startsWith("weight.")) {
                String key = k.substring(7);
                Criterion c = Criterion.derived(key).orElse(null);
                if (c == null) {
                    if (issues.stream().noneMatch(i -> i.id().equals(key) && !derived(i))) {
                        throw f.error(l.number(), k, "unknown criterion '" + key + "' (known: "
                                + Criterion.derivedKeys() + ", or a ranked issue of this scenario)");
                    }
                    c = new Criterion(key);
                }
                String[] parts = l.value().split("\\s+-\\s+", 2);
                try {
                    weights.put(c, new Weight(c, Double.parseDouble(parts[0].strip()), parts.length > 1 ? parts[1] : ""));
                } catch (NumberFormatException e) {
                    throw f.error(l.number(), k, "expected 'NUMBER - source or rationale', got '" + l.value() + "'");
                } catch (IllegalArgumentException e) {
                    throw f.error(l.number(), k, e.getMessage());
                }
                weightLines.put(c, l);
            } else if (k.startsWith("rank.")) {
                String issueId = k.substring(5);
                TalksIssue issue = issues.stream().filter(i -> i.id().equals(issueId)).findFirst().orElseThrow(() ->
                        f.error(l.number(), k, "no issue '" + issueId + "' to rank"));
                if (derived(issue)) {
                    throw f.error(l.number(), k, "issue '" + issueId + "' is valued by the engines, not ranked");
                }
                String[] parts = l.value().split("\\s+-\\s+", 2);
                List<String> order = Arrays.stream(parts[0].split(">")).map(String::strip).toList();
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw f.error(l.number(), k, "a ranking needs its source or rationale after ' - '");
                }
                if (order.size() != issue.values().size() || !new HashSet<>(order).equals(new HashSet<>(issue.values()))) {
                    throw f.error(l.number(), k, "must rank exactly the options of issue '" + issueId + "' "
                            + issue.values() + ", got " + order);
                }
                rankings.put(issueId, new Delegation.Ranking(order, parts[1]));
            } else if (k.startsWith("param.")) {
                String name = k.substring(6);
                if (!DELEGATION_PARAMETERS.contains(name) && !OPTIONAL_PARAMETERS.contains(name)) {
                    throw f.error(l.number(), k, "unknown parameter (known: " + DELEGATION_PARAMETERS + " and "
                            + OPTIONAL_PARAMETERS + ")");
                }
                params.put(name, parameter(f, l, name));
            } else if (k.startsWith("capacity.")) {
                capacities.put(k.substring(9), parameter(f, l, k));
            } else if (k.startsWith("ratification.")) {
                String what = k.substring(13);
                if (!what.equals("base")) {
                    int dot = what.indexOf('.');
                    String issueId = dot < 0 ? what : what.substring(0, dot);
                    String option = dot < 0 ? "" : what.substring(dot + 1);
                    if (issues.stream().noneMatch(i -> i.id().equals(issueId) && i.values().contains(option))) {
                        throw f.error(l.number(), k, "expected ratification.base or ratification.ISSUE.OPTION with an"
                                + " option of this scenario");
                    }
                }
                ratification.put(what, parameter(f, l, k));
            } else if (k.startsWith("project.")) {
                projection.add(projection(f, l, k.substring(8)));
            } else {
                throw f.error(l.number(), k, "unknown field in [delegation " + p + "] (known: agent, posture, "
                        + "weight.CRITERION, rank.ISSUE, param.NAME, project.SYSTEM, capacity.SYSTEM, ratification.*)");
            }
        }
        for (Criterion c : weights.keySet()) {
            if (!c.derived() && weights.get(c).value() > 0 && !rankings.containsKey(c.key())) {
                throw f.error(weightLines.get(c).number(), "rank." + c.key(), "delegation " + p + " weighs " + c.key()
                        + " but gives no 'rank." + c.key() + " = best > ... > worst - rationale'");
            }
        }
        for (String name : DELEGATION_PARAMETERS) {
            if (!params.containsKey(name)) {
                throw f.error(s.number(), "param." + name, "delegation " + p + " gives no 'param." + name
                        + " = NUMBER - source or rationale'");
            }
        }
        try {
            return new Delegation(p, agent, posture, weights, rankings, params, projection, capacities, ratification);
        } catch (IllegalArgumentException e) {
            throw f.error(s.number(), "delegation", e.getMessage());
        }
    }

    /** {@code [CATEGORY] deployed N [non_deployed M] [loading L] - source}. */
    private static Delegation.Projection projection(SectionedFile f, Line l, String system) {
        String[] parts = l.value().split("\\s+-\\s+", 2);
        String[] words = parts[0].strip().split("\\s+");
        String category = null;
        Long deployed = null;
        Long nonDeployed = null;
        Double loading = null;
        try {
            int i = 0;
            if (words.length % 2 == 1) {
                category = Category.parse(words[0]).name();
                i = 1;
            }
            for (; i + 1 < words.length; i += 2) {
                switch (words[i]) {
                    case "deployed" -> deployed = Long.parseLong(words[i + 1]);
                    case "non_deployed" -> nonDeployed = Long.parseLong(words[i + 1]);
                    case "loading" -> loading = Double.parseDouble(words[i + 1]);
                    default -> throw new IllegalArgumentException("unknown word '" + words[i] + "'");
                }
            }
            if (deployed == null) {
                throw new IllegalArgumentException("'deployed N' is required");
            }
            if (category != null && loading == null && !Category.valueOf(category).isBomber()) {
                throw new IllegalArgumentException("a new missile system needs 'loading L'");
            }
            return new Delegation.Projection(system, category, deployed, nonDeployed, loading,
                    parts.length > 1 ? parts[1] : "");
        } catch (IllegalArgumentException e) {
            throw f.error(l.number(), l.key(), "expected '[CATEGORY] deployed N [non_deployed M] [loading L] - source': "
                    + e.getMessage());
        }
    }

    /** An issue the engines value (a ceiling, the bomber rule, the verification terms), not the delegations' ranking. */
    static boolean derived(TalksIssue i) {
        return DERIVED_ISSUES.contains(i.id()) || i.kind().equals("ceiling");
    }

    private static Parameter parameter(SectionedFile f, Line l, String name) {
        try {
            return Parameter.parse(name, l.value());
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

    private static LocalDate date(SectionedFile f, Line l) {
        try {
            return LocalDate.parse(l.value());
        } catch (DateTimeParseException e) {
            throw f.error(l.number(), l.key(), "expected a date YYYY-MM-DD, got '" + l.value() + "'");
        }
    }
}
