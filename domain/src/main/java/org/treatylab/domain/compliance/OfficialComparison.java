package org.treatylab.domain.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.Treaty;

/**
 * A posture counted under a treaty beside the official figures of the nearest data exchange, per party and limit,
 * so that users see how far a posture's estimates are from what the parties declared.
 *
 * <p>Per party, the exchange taken is the row of the official series nearest the posture's date that gives figures
 * for that party, within a window of months either side; on a tie the confirmed row ({@code V}), then the earlier.
 *
 * @param treaty the treaty id
 * @param series the official series compared with (its file name)
 * @param windowMonths the largest distance, in months, between posture and exchange
 */
public record OfficialComparison(String treaty, String series, int windowMonths, List<PartyComparison> parties) {
    /** The window the {@code posture check} command uses by default. */
    public static final int DEFAULT_WINDOW_MONTHS = 12;

    private static final Map<String, String> SERIES_BY_TREATY = Map.of("new-start", "new-start-aggregates",
            "sort", "sort-declarations");

    public OfficialComparison {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(series, "series");
        parties = List.copyOf(parties);
    }

    /** The shipped official series of a shipped treaty, if TreatyLab has one (none exists for START I). */
    public static Optional<String> shippedSeries(String treatyId) {
        return Optional.ofNullable(SERIES_BY_TREATY.get(treatyId));
    }

    /**
     * Compares postures (one per party, each dated) with a series.
     *
     * @throws InputException when a posture has no date, or a party of the postures is not a party to the treaty
     * @throws IllegalArgumentException when {@code windowMonths} is negative
     */
    public static OfficialComparison of(Treaty treaty, List<Posture> postures, AggregateSeries series,
            int windowMonths) {
        if (windowMonths < 0) {
            throw new IllegalArgumentException("windowMonths must be >= 0, got " + windowMonths);
        }
        List<PartyComparison> out = new ArrayList<>();
        for (Posture p : postures) {
            if (p.asOf() == null) {
                throw new InputException("the posture for " + p.party() + " has no date (no as_of column): give "
                        + "--date to compare it with an official data exchange");
            }
            Map<String, Long> counted = Compliance.count(treaty, p);
            Optional<AggregateSeries.Row> row = nearest(series, p.party(), p.asOf(), windowMonths);
            List<Line> lines = new ArrayList<>();
            if (row.isPresent()) {
                for (Limit l : treaty.limits()) {
                    Long declared = row.get().value(p.party(), l.id());
                    if (declared != null) {
                        lines.add(new Line(l.id(), counted.get(l.counts()), declared));
                    }
                }
            }
            out.add(new PartyComparison(p.party(), p.asOf(), row.map(r -> new Exchange(r.asOf(), r.status(),
                    r.source())).orElse(null), lines));
        }
        return new OfficialComparison(treaty.id(), series.file(), windowMonths, out);
    }

    static Optional<AggregateSeries.Row> nearest(AggregateSeries series, Party party, LocalDate date,
            int windowMonths) {
        LocalDate from = date.minusMonths(windowMonths);
        LocalDate to = date.plusMonths(windowMonths);
        return series.rows().stream()
                .filter(r -> !r.asOf().isBefore(from) && !r.asOf().isAfter(to))
                .filter(r -> r.values().keySet().stream().anyMatch(k -> k.startsWith(party.code() + "/")))
                .min(Comparator.comparingLong((AggregateSeries.Row r) -> Math.abs(ChronoUnit.DAYS.between(date,
                        r.asOf()))).thenComparing(r -> !r.confirmed()).thenComparing(AggregateSeries.Row::asOf));
    }

    /**
     * One party's comparison.
     *
     * @param exchange the data exchange compared with, or null when none lies within the window
     * @param lines one per limit the exchange gives a figure for (empty when {@code exchange} is null)
     */
    public record PartyComparison(Party party, LocalDate postureDate, Exchange exchange, List<Line> lines) {
        public PartyComparison {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(postureDate, "postureDate");
            lines = List.copyOf(lines);
        }
    }

    /**
     * The official row compared with.
     *
     * @param status the series' flag ({@code V} = seen in a published source)
     * @param source where the figures were seen, or "" when the series does not say
     */
    public record Exchange(LocalDate asOf, String status, String source) {
        public Exchange {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(source, "source");
        }

        public boolean confirmed() {
            return "V".equals(status);
        }
    }

    /** One limit: the posture's count and the declared figure. */
    public record Line(String limit, long counted, long declared) {
        public Line {
            Objects.requireNonNull(limit, "limit");
            if (declared < 0) {
                throw new IllegalArgumentException("declared must be >= 0, got " + declared);
            }
        }

        /** counted - declared. */
        public long difference() {
            return counted - declared;
        }

        /** The difference as a percentage of the declared figure; null when nothing was declared (0). */
        public Double percent() {
            return declared == 0 ? null : 100.0 * difference() / declared;
        }
    }
}
