package org.treatylab.talks.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Party;
import org.treatylab.domain.Status;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.LimitStep;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;

/**
 * One concrete set of treaty terms. Issues a scenario leaves out take the value written beside each field.
 *
 * @param warheads deployed warhead ceiling, or null for none (absent: none)
 * @param deployedLaunchers deployed delivery-vehicle ceiling, or null (absent: none)
 * @param totalLaunchers deployed plus non-deployed launcher ceiling, or null (absent: none)
 * @param bomberCounting {@code one-per-bomber} or {@code weapons-assigned} (absent: one-per-bomber)
 * @param missileDefense {@code separate}, {@code preamble} or {@code binding-limits} (absent: separate)
 * @param inspectionsPerYear on-site inspections a year (absent: 0)
 * @param telemetry telemetry exchange (absent: no)
 * @param uniqueIds unique identifiers (absent: no)
 * @param durationYears duration (absent: 10)
 * @param choices every option as given, issue id to option, including issues the fields above do not name
 *     (ranked issues of a scenario such as {@code conventional_missiles})
 */
public record Terms(Long warheads, Long deployedLaunchers, Long totalLaunchers, String bomberCounting,
        String missileDefense, int inspectionsPerYear, boolean telemetry, boolean uniqueIds, int durationYears,
        Map<String, String> choices) {

    public Terms {
        choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /** Terms from an outcome given as issue id to option. */
    public static Terms of(Map<String, String> options) {
        return new Terms(ceiling(options.get("warheads")), ceiling(options.get("deployed_launchers")),
                ceiling(options.get("total_launchers")), options.getOrDefault("bomber_counting", "one-per-bomber"),
                options.getOrDefault("missile_defense", "separate"),
                Integer.parseInt(options.getOrDefault("inspections_per_year", "0")),
                "exchange".equals(options.get("telemetry")), "yes".equals(options.get("unique_ids")),
                Integer.parseInt(options.getOrDefault("duration_years", "10")), options);
    }

    /** The option of issue {@code issueId}, or null when the terms do not give it. */
    public String option(String issueId) {
        String v = choices.get(issueId);
        if (v != null) {
            return v;
        }
        return switch (issueId) {
            case "missile_defense" -> missileDefense;
            case "duration_years" -> Integer.toString(durationYears);
            default -> null;
        };
    }

    private static Long ceiling(String v) {
        return v == null || v.equals(TalksIssue.NONE) ? null : Long.valueOf(v);
    }

    /** The same terms with another warhead ceiling (null for none). */
    public Terms withWarheads(Long w) {
        Map<String, String> c = new LinkedHashMap<>(choices);
        if (c.containsKey("warheads")) {
            c.put("warheads", w == null ? TalksIssue.NONE : w.toString());
        }
        return new Terms(w, deployedLaunchers, totalLaunchers, bomberCounting, missileDefense, inspectionsPerYear,
                telemetry, uniqueIds, durationYears, c);
    }

    /** The terms as issue id to option, for the scenario's issues. */
    public Map<String, String> options(Scenario s) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("warheads", warheads == null ? TalksIssue.NONE : warheads.toString());
        all.put("deployed_launchers", deployedLaunchers == null ? TalksIssue.NONE : deployedLaunchers.toString());
        all.put("total_launchers", totalLaunchers == null ? TalksIssue.NONE : totalLaunchers.toString());
        all.put("bomber_counting", bomberCounting);
        all.put("missile_defense", missileDefense);
        all.put("inspections_per_year", Integer.toString(inspectionsPerYear));
        all.put("telemetry", telemetry ? "exchange" : "none");
        all.put("unique_ids", uniqueIds ? "yes" : "no");
        all.put("duration_years", Integer.toString(durationYears));
        Map<String, String> out = new LinkedHashMap<>();
        for (TalksIssue i : s.issues()) {
            out.put(i.id(), all.containsKey(i.id()) ? all.get(i.id()) : choices.get(i.id()));
        }
        return out;
    }

    /**
     * The treaty these terms make if agreed on {@code agreedOn}: in force that day (an assumption: ratification
     * is not modelled), limits binding {@code reductionYears} later, expiring after {@code durationYears}, counted
     * by the scenario's rule set with the agreed bomber rule.
     */
    public Treaty treaty(String id, List<Party> parties, LocalDate agreedOn, int reductionYears, String counting) {
        LocalDate binding = agreedOn.plusYears(reductionYears);
        List<Limit> limits = new ArrayList<>();
        String note = "agreed in the talks";
        if (deployedLaunchers != null) {
            limits.add(limit("deployed-launchers", deployedLaunchers, binding, note));
        }
        if (warheads != null) {
            limits.add(limit("warheads", warheads, binding, note));
        }
        if (totalLaunchers != null) {
            limits.add(limit("total-launchers", totalLaunchers, binding, note));
        }
        Map<String, String> options = countingOptions(counting, bomberCounting);
        return new Treaty(id, id, parties, agreedOn, agreedOn, agreedOn.plusYears(durationYears),
                null, limits.isEmpty() ? null : counting, limits.isEmpty() ? Map.of() : options, limits,
                List.of("the talks' agreed terms"), "missile defence: " + missileDefense + "; inspections "
                        + inspectionsPerYear + "/year; telemetry " + (telemetry ? "exchange" : "none")
                        + "; unique identifiers " + (uniqueIds ? "yes" : "no"));
    }

    /**
     * The treaty these terms make with each party's own ceilings (as {@link #treaty(String, List, LocalDate, int,
     * String)} when every party has the same): a limit whose ceiling differs between parties has a common ceiling (the
     * first limited party's) and per-party ceilings for the others, {@code none} for a party it does not limit.
     */
    public Treaty treaty(String id, List<Party> parties, LocalDate agreedOn, int reductionYears, String counting,
            Map<Party, org.treatylab.talks.restructure.Ceilings> own) {
        if (own.values().stream().distinct().count() <= 1) {
            org.treatylab.talks.restructure.Ceilings c = own.values().stream().findFirst().orElse(null);
            Terms same = c == null ? this : new Terms(c.warheads(), c.deployed(), c.total(), bomberCounting,
                    missileDefense, inspectionsPerYear, telemetry, uniqueIds, durationYears, choices);
            return same.treaty(id, parties, agreedOn, reductionYears, counting);
        }
        LocalDate binding = agreedOn.plusYears(reductionYears);
        List<Limit> limits = new ArrayList<>();
        String note = "agreed in the talks";
        String[] ids = {"deployed-launchers", "warheads", "total-launchers"};
        for (String limitId : ids) {
            Map<Party, Long> by = new java.util.LinkedHashMap<>();
            for (Party p : parties) {
                org.treatylab.talks.restructure.Ceilings c = own.get(p);
                by.put(p, limitId.equals("warheads") ? c.warheads() : limitId.equals("deployed-launchers")
                        ? c.deployed() : c.total());
            }
            Long common = by.values().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (common == null) {
                continue;
            }
            Map<Party, List<LimitStep>> byParty = new java.util.LinkedHashMap<>();
            for (Map.Entry<Party, Long> e : by.entrySet()) {
                if (e.getValue() == null) {
                    byParty.put(e.getKey(), List.of());
                } else if (!e.getValue().equals(common)) {
                    byParty.put(e.getKey(), List.of(new LimitStep(binding, e.getValue(), Status.ASSUMPTION, note)));
                }
            }
            limits.add(new Limit(limitId, limitId, "", List.of(new LimitStep(binding, common, Status.ASSUMPTION, note)),
                    List.of(), byParty));
        }
        Map<String, String> options = countingOptions(counting, bomberCounting);
        return new Treaty(id, id, parties, agreedOn, agreedOn, agreedOn.plusYears(durationYears),
                null, limits.isEmpty() ? null : counting, limits.isEmpty() ? Map.of() : options, limits,
                List.of("the talks' agreed terms"), "missile defence: " + missileDefense + "; inspections "
                        + inspectionsPerYear + "/year; telemetry " + (telemetry ? "exchange" : "none")
                        + "; unique identifiers " + (uniqueIds ? "yes" : "no"));
    }

    /** The counting rule set's options for a bomber counting choice (New START's bomber_warheads). */
    public static Map<String, String> countingOptions(String counting, String bomberCounting) {
        return counting.equals("new-start")
                ? Map.of("bomber_warheads", bomberCounting.equals("weapons-assigned") ? "assigned" : "one") : Map.of();
    }

    private static Limit limit(String id, long ceiling, LocalDate from, String note) {
        return new Limit(id, id, "", List.of(new LimitStep(from, ceiling, Status.ASSUMPTION, note)), List.of());
    }
}
