package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.AggregateSeries;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.OfficialComparison;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.Treaty;

/** Builds a {@link ComplianceOverview}: every shipped series and posture that says something about a treaty. */
final class Overviews {
    /** Postures dated this long before signature still count (START I's MOU of 1990 is its baseline). */
    private static final int YEARS_BEFORE_SIGNATURE = 2;

    /**
     * Shipped postures that are an official data exchange themselves, undated in their files: START I's Memorandum of
     * Understanding data "accurate as of 1 September 1990" (the file's header; FAS copy of the MOU data).
     */
    private static final Map<String, Official> OFFICIAL = Map.of("start1-mou-1990", new Official(LocalDate.of(1990, 9, 1),
            "START I Memorandum of Understanding data as of 1990-09-01, https://nuke.fas.org/control/start1/news/strtdata.htm"));

    private record Official(LocalDate date, String source) {
    }

    private Overviews() {
    }

    static ComplianceOverview of(Treaty t, Inputs inputs) {
        List<ComplianceOverview.Point> points = new ArrayList<>();
        List<String> seriesUsed = new ArrayList<>();
        for (String name : AggregateSeries.SHIPPED) {
            AggregateSeries series = AggregateSeries.shipped(name).orElseThrow();
            if (!counts(t, series)) {
                continue;
            }
            seriesUsed.add(name);
            Map<String, AggregateSeries.Row> rows = new HashMap<>();
            series.rows().forEach(r -> rows.putIfAbsent(r.asOf().toString(), r));
            for (PartyResult r : Compliance.assess(t, series)) {
                if (r.limits().stream().allMatch(l -> l.counted() == null)) {
                    continue;
                }
                AggregateSeries.Row row = rows.get(r.date().toString());
                points.add(new ComplianceOverview.Point(r.date(), r.party().code(), ComplianceOverview.Kind.EXCHANGE,
                        name, r.status(), r.confirmed(), row == null ? null : row.source(),
                        r.limits().stream().map(FoundationViews::limit).toList(), List.of()));
            }
        }
        List<String> posturesUsed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate from = (t.signed() != null ? t.signed() : t.entryIntoForce()).minusYears(YEARS_BEFORE_SIGNATURE);
        LocalDate to = t.endDate();
        for (String name : Postures.SHIPPED) {
            boolean used = false;
            Official official = OFFICIAL.get(name);
            for (Posture p : inputs.postures(PostureRef.shipped(name))) {
                LocalDate on = official != null ? official.date() : p.asOf();
                if (on == null || on.isBefore(from) || (to != null && !on.isBefore(to))
                        || !t.parties().contains(p.party())) {
                    continue;
                }
                PartyResult r;
                try {
                    r = Compliance.assess(t, p, on);
                } catch (InputException e) {
                    // A posture may lack what this treaty's counting needs (START I attribution on a 2009 posture).
                    notes.add(name + " (" + p.party().code() + ", " + p.asOf() + ") not counted: " + e.getMessage());
                    continue;
                }
                points.add(official != null
                        ? new ComplianceOverview.Point(on, r.party().code(), ComplianceOverview.Kind.EXCHANGE, name, "V",
                                true, official.source(), r.limits().stream().map(FoundationViews::limit).toList(),
                                List.of())
                        : new ComplianceOverview.Point(on, r.party().code(), ComplianceOverview.Kind.POSTURE, name,
                                "estimate", false, "shipped posture " + name + " (sources in its file;"
                                        + " docs/data-sources.md)", r.limits().stream().map(FoundationViews::limit).toList(),
                                warnings(t, p, on, official(seriesUsed))));
                used = true;
            }
            if (used && official != null) {
                seriesUsed.add(name);
            } else if (used) {
                posturesUsed.add(name);
            }
        }
        points.sort(Comparator.comparing(ComplianceOverview.Point::date).thenComparing(ComplianceOverview.Point::party)
                .thenComparing(ComplianceOverview.Point::kind));
        return new ComplianceOverview(t.id(), seriesUsed, posturesUsed, notes, points);
    }

    /** Each limit of a posture further than the threshold from the nearest official figure of a shipped series. */
    static List<String> warnings(Treaty t, Posture p, LocalDate on, List<AggregateSeries> official) {
        List<String> out = new ArrayList<>();
        Posture dated = new Posture(p.party(), on, p.rows());
        for (AggregateSeries series : official) {
            String name = series.file();
            for (OfficialComparison.PartyComparison c : OfficialComparison.of(t, List.of(dated), series,
                    ComplianceOverview.WARN_MONTHS).parties()) {
                for (OfficialComparison.Line l : c.lines()) {
                    Double pct = l.percent();
                    if (pct != null && Math.abs(pct) > ComplianceOverview.WARN_PERCENT) {
                        out.add(String.format(Locale.ROOT, "%s: counted %,d is %.1f%% %s the %,d declared on %s (%s,"
                                + " status %s)", l.limit(), l.counted(), Math.abs(pct), pct > 0 ? "above" : "below",
                                l.declared(), c.exchange().asOf(), name, c.exchange().status()));
                    }
                }
            }
        }
        return out;
    }

    private static List<AggregateSeries> official(List<String> names) {
        return names.stream().map(AggregateSeries::shipped).flatMap(java.util.Optional::stream).toList();
    }

    /** True when the series has a column for one of the treaty's limits and one of its parties. */
    private static boolean counts(Treaty t, AggregateSeries series) {
        for (Limit l : t.limits()) {
            for (Party p : t.parties()) {
                if (series.hasColumn(p, l.id())) {
                    return true;
                }
            }
        }
        return false;
    }
}
