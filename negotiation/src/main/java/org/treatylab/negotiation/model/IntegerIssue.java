package org.treatylab.negotiation.model;

import java.util.Objects;

/** An issue taking every whole number from {@code low} to {@code high} inclusive. */
public record IntegerIssue(IssueId id, long low, long high) implements Issue {
    public IntegerIssue {
        Objects.requireNonNull(id, "id");
        if (high < low) {
            throw new IllegalArgumentException("issue '" + id + "': expected low <= high, got " + low + ".." + high);
        }
        if (high - low + 1 > MAX_VALUES || high - low + 1 <= 0) {
            throw new IllegalArgumentException("issue '" + id + "': at most " + MAX_VALUES + " values, got the range "
                    + low + ".." + high);
        }
    }

    public static IntegerIssue of(String name, long low, long high) {
        return new IntegerIssue(IssueId.of(name), low, high);
    }

    @Override
    public int size() {
        return (int) (high - low + 1);
    }

    @Override
    public IntegerValue value(int index) {
        return new IntegerValue(low + index);
    }

    @Override
    public int indexOf(Value value) {
        if (value instanceof IntegerValue i && i.value() >= low && i.value() <= high) {
            return (int) (i.value() - low);
        }
        return -1;
    }

    @Override
    public double numeric(int index) {
        return low + index;
    }

    @Override
    public boolean isNumeric() {
        return true;
    }
}
