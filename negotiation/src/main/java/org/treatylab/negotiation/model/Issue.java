package org.treatylab.negotiation.model;

/**
 * A negotiated issue with a finite, ordered list of values. Engines address values by their index in this list;
 * {@link #value(int)} and {@link #indexOf(Value)} translate.
 */
public sealed interface Issue permits DiscreteIssue, IntegerIssue, RealIssue {
    /** Largest number of values one issue may have (tables of per-value utilities are kept in memory). */
    int MAX_VALUES = 10_000_000;

    IssueId id();

    /** Number of values. */
    int size();

    /** The value at {@code index} (0-based). */
    Value value(int index);

    /** The index of {@code value}, or -1 when it is not one of this issue's values. */
    int indexOf(Value value);

    default String name() {
        return id().name();
    }

    /** The value's number for numeric evaluators; discrete issues have none. */
    default double numeric(int index) {
        throw new UnsupportedOperationException("issue '" + name() + "' is discrete: its values are not numbers");
    }

    default boolean isNumeric() {
        return false;
    }
}
