package org.treatylab.negotiation.protocol;

import java.time.Duration;
import java.util.Objects;

/** When a session without agreement ends: after a number of rounds, or after a time measured on the session's clock. */
public sealed interface Deadline permits Deadline.Rounds, Deadline.Time {

    static Rounds rounds(int rounds) {
        return new Rounds(rounds);
    }

    static Time time(Duration limit) {
        return new Time(limit);
    }

    /**
     * Normalised time in [0, 1] after {@code turns} turns of {@code parties} parties and {@code elapsed} on the clock.
     */
    double progress(long turns, int parties, Duration elapsed);

    /** Whether no further turn may start. */
    default boolean isPast(long turns, int parties, Duration elapsed) {
        return progress(turns, parties, elapsed) >= 1;
    }

    /** A round is one turn of every party. */
    record Rounds(int rounds) implements Deadline {
        public Rounds {
            if (rounds < 1) {
                throw new IllegalArgumentException("deadline: expected at least 1 round, got " + rounds);
            }
        }

        @Override
        public double progress(long turns, int parties, Duration elapsed) {
            return Math.min(1.0, turns / ((double) rounds * parties));
        }
    }

    /** Wall-clock (or injected-clock) time from the session's start. */
    record Time(Duration limit) implements Deadline {
        public Time {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("deadline: expected a positive time, got " + limit);
            }
        }

        @Override
        public double progress(long turns, int parties, Duration elapsed) {
            return Math.min(1.0, (double) elapsed.toNanos() / limit.toNanos());
        }
    }
}
