package org.treatylab.app.foundation;

import java.time.LocalDate;
import java.util.List;

/**
 * A posture counted under a treaty beside the nearest official data exchange (the JSON of {@code treatylab posture
 * check} and {@code GET /api/postures/{name}/check}).
 *
 * @param series the official series compared with
 * @param windowMonths the largest distance in months between the posture's date and an exchange
 */
public record PostureCheck(String treaty, String series, int windowMonths, List<PartyCheck> parties) {
    public PostureCheck {
        parties = List.copyOf(parties);
    }

    /**
     * One party: its posture's date, the exchange compared with (null when none is near enough), and the lines.
     */
    public record PartyCheck(String party, LocalDate postureDate, OfficialExchange exchange, List<CheckLine> lines) {
        public PartyCheck {
            lines = List.copyOf(lines);
        }
    }

    /** An official data exchange: its date, status flag and source. */
    public record OfficialExchange(LocalDate date, String status, String source) {
    }

    /**
     * One limit: counted from the posture, declared in the exchange.
     *
     * @param difference counted minus declared
     * @param percent the difference as a percentage of the declared figure, or null when it is 0
     */
    public record CheckLine(String limit, long counted, long declared, long difference, Double percent) {
    }
}
