package org.treatylab.negotiation.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** An issue whose values are named options, in the order given. */
public record DiscreteIssue(IssueId id, List<String> labels) implements Issue {
    public DiscreteIssue {
        Objects.requireNonNull(id, "id");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("issue '" + id + "': expected at least one value, got none");
        }
        if (labels.size() > MAX_VALUES) {
            throw new IllegalArgumentException("issue '" + id + "': at most " + MAX_VALUES + " values, got "
                    + labels.size());
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("issue '" + id + "': values must be distinct, got " + labels);
        }
    }

    public static DiscreteIssue of(String name, String... labels) {
        return new DiscreteIssue(IssueId.of(name), List.of(labels));
    }

    @Override
    public int size() {
        return labels.size();
    }

    @Override
    public DiscreteValue value(int index) {
        return new DiscreteValue(labels.get(index));
    }

    @Override
    public int indexOf(Value value) {
        return value instanceof DiscreteValue d ? labels.indexOf(d.label()) : -1;
    }
}
