package org.treatylab.sweep.summary;

import java.util.List;

/**
 * How often each value of one column occurs in a group (null for evaluations without a value), values in
 * ascending order with null last.
 */
public record Frequency(String column, List<Count> counts) {

    public Frequency {
        counts = List.copyOf(counts);
    }

    /** One value and how many evaluations gave it. */
    public record Count(Object value, long count) {
    }
}
