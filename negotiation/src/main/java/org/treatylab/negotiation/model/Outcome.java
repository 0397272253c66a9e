package org.treatylab.negotiation.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a domain's outcome space: a value for every issue. Immutable, and valid for its domain by
 * construction (the constructor checks every index). Two outcomes are equal when their domains and values are.
 */
public final class Outcome {
    private final Domain domain;
    private final int[] values;
    private final int hash;

    private Outcome(Domain domain, int[] values) {
        this.domain = domain;
        this.values = values;
        this.hash = Arrays.hashCode(values);
    }

    /** A checked copy of {@code valueIndices}. */
    static Outcome of(Domain domain, int[] valueIndices) {
        return new Outcome(domain, check(domain, valueIndices).clone());
    }

    /** Takes ownership of indices the domain computed itself. */
    static Outcome trusted(Domain domain, int[] valueIndices) {
        return new Outcome(domain, valueIndices);
    }

    private static int[] check(Domain domain, int[] idx) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(idx, "valueIndices");
        if (idx.length != domain.issueCount()) {
            throw new IllegalArgumentException("domain '" + domain.name() + "': an outcome needs "
                    + domain.issueCount() + " values, got " + idx.length);
        }
        for (int i = 0; i < idx.length; i++) {
            int size = domain.issue(i).size();
            if (idx[i] < 0 || idx[i] >= size) {
                throw new IllegalArgumentException("domain '" + domain.name() + "', issue '" + domain.issue(i).id()
                        + "': value index must be in [0, " + size + "), got " + idx[i]);
            }
        }
        return idx;
    }

    public Domain domain() {
        return domain;
    }

    /** Index of the value of issue {@code issue} (domain order). */
    public int valueIndex(int issue) {
        return values[issue];
    }

    public Value value(int issue) {
        return domain.issue(issue).value(values[issue]);
    }

    public Value value(IssueId id) {
        int i = domain.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("domain '" + domain.name() + "' has no issue '" + id + "'");
        }
        return value(i);
    }

    /** A copy of the value indices. */
    public int[] valueIndices() {
        return values.clone();
    }

    /** Position in the domain's cartesian order. */
    public long rank() {
        long r = 0;
        for (int i = 0; i < values.length; i++) {
            r = r * domain.issue(i).size() + values[i];
        }
        return r;
    }

    public Map<IssueId, Value> asMap() {
        return domain.values(this);
    }

    /** Whether this outcome belongs to {@code d} (the same domain object or an equal one). */
    public boolean isOf(Domain d) {
        return domain == d || domain.equals(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other && hash == other.hash && Arrays.equals(values, other.values)
                && other.isOf(domain);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
