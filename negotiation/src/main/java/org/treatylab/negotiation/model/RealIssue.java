package org.treatylab.negotiation.model;

import java.util.Objects;

/**
 * A real-valued issue on [low, high], discretised into {@code steps} equal intervals: its values are the
 * {@code steps + 1} points low, low + h, ..., high with h = (high - low) / steps. Analyses and agents see exactly
 * these points.
 */
public record RealIssue(IssueId id, double low, double high, int steps) implements Issue {
    /** A value within this fraction of a step of a grid point is that point (decimal text rarely hits it exactly). */
    private static final double SNAP = 1e-6;

    public RealIssue {
        Objects.requireNonNull(id, "id");
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException("issue '" + id + "': expected finite low < high, got " + low + ".." + high);
        }
        if (steps < 1 || steps >= MAX_VALUES) {
            throw new IllegalArgumentException("issue '" + id + "': expected 1 to " + (MAX_VALUES - 1)
                    + " discretisation steps, got " + steps);
        }
    }

    public static RealIssue of(String name, double low, double high, int steps) {
        return new RealIssue(IssueId.of(name), low, high, steps);
    }

    @Override
    public int size() {
        return steps + 1;
    }

    @Override
    public RealValue value(int index) {
        return new RealValue(numeric(index));
    }

    @Override
    public int indexOf(Value value) {
        if (!(value instanceof RealValue r)) {
            return -1;
        }
        double position = (r.value() - low) / (high - low) * steps;
        long nearest = Math.round(position);
        if (nearest < 0 || nearest > steps || Math.abs(position - nearest) > SNAP) {
            return -1;
        }
        return (int) nearest;
    }

    @Override
    public double numeric(int index) {
        Objects.checkIndex(index, steps + 1);
        return index == steps ? high : low + index * (high - low) / steps;
    }

    @Override
    public boolean isNumeric() {
        return true;
    }
}
