package org.treatylab.negotiation.protocol;

import java.time.Duration;
import java.util.Objects;

/** When a session without agreement ends: after a number of rounds, or after a time measured on the session's clock. */
public sealed interface Deadline permits Deadline.Rounds, Deadline.Time {

    static Rounds rounds(int rounds) {
        return new Rounds(rounds);
    }

    /** A time deadline, with at most {@link Time#DEFAULT_MAX_ROUNDS} rounds. */
    static Time time(Duration limit) {
        return new Time(limit, Time.DEFAULT_MAX_ROUNDS);
    }

    static Time time(Duration limit, int maxRounds) {
        return new Time(limit, maxRounds);
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

    /**
     * Wall-clock (or injected-clock) time from the session's start, combined with a cap of {@code maxRounds} rounds:
     * the session ends at whichever comes first, and normalised time is the progress towards the nearer of the two.
     * Automated agents move in microseconds; without the cap a session would fill memory with its history before the
     * clock ran out, and agents that concede by time would not concede before it.
     */
    record Time(Duration limit, int maxRounds) implements Deadline {
        public static final int DEFAULT_MAX_ROUNDS = 1_000_000;

        public Time {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("deadline: expected a positive time, got " + limit);
            }
            if (maxRounds < 1) {
                throw new IllegalArgumentException("deadline: expected at least 1 round, got " + maxRounds);
            }
        }

        @Override
        public double progress(long turns, int parties, Duration elapsed) {
            double byTime = (double) elapsed.toNanos() / limit.toNanos();
            double byRounds = turns / ((double) maxRounds * parties);
            return Math.min(1.0, Math.max(byTime, byRounds));
        }
    }
}
