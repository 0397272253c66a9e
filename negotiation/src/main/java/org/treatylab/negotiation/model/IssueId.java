package org.treatylab.negotiation.model;

import java.util.Objects;

/** The name of an issue, unique within its domain. */
public record IssueId(String name) implements Comparable<IssueId> {
    public IssueId {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("issue name: expected a non-blank name, got '" + name + "'");
        }
    }

    public static IssueId of(String name) {
        return new IssueId(name);
    }

    @Override
    public int compareTo(IssueId o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
