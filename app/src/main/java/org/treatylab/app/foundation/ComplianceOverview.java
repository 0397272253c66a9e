package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A treaty's compliance over time for every party: the official data exchanges that count what its limits count, and
 * the shipped postures counted under it on their own dates (the JSON of {@code GET /api/compliance/overview}).
 *
 * @param series the official series drawn (e.g. {@code new-start-aggregates}), empty when none counts its limits
 * @param postures the shipped postures counted
 * @param notes postures in the treaty's time that its counting rules cannot count, each with the reason
 */
public record ComplianceOverview(String treaty, List<String> series, List<String> postures, List<String> notes,
        List<Point> points) {
    public ComplianceOverview {
        Objects.requireNonNull(treaty, "treaty");
        series = List.copyOf(series);
        postures = List.copyOf(postures);
        notes = List.copyOf(notes);
        points = List.copyOf(points);
    }

    /** A posture's count further than this from the nearest official figure is flagged. */
    public static final double WARN_PERCENT = 5.0;
    /** How far from a posture's date an official figure may lie to be compared with it. */
    public static final int WARN_MONTHS = 12;

    /** What a point is: a party's own declaration (or a published figure) or a posture TreatyLab models. */
    public enum Kind { EXCHANGE, POSTURE }

    /**
     * One party on one date.
     *
     * @param from the series or posture name the point comes from
     * @param status a series row's status flag ({@code V}, {@code D}, {@code U}, {@code V-except-...}); for a
     *     posture {@code estimate} (open-source estimates with stated assumptions)
     * @param confirmed true only for a series row whose every figure was seen in a published source ({@code V})
     * @param source where the figures were seen (a series row's address), or the posture file's name for a posture
     * @param warnings for a posture, each limit whose count differs by more than {@link #WARN_PERCENT}% from the
     *     nearest official data exchange within {@link #WARN_MONTHS} months of its date
     */
    public record Point(LocalDate date, String party, Kind kind, String from, String status, boolean confirmed,
            String source, List<LimitRow> limits, List<String> warnings) {
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(kind, "kind");
            limits = List.copyOf(limits);
            warnings = List.copyOf(warnings);
        }
    }
}
