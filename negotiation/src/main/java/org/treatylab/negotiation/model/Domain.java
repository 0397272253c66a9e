package org.treatylab.negotiation.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A negotiation domain: a name and its issues, in order. The outcome space is the cartesian product of the issues'
 * values; each outcome also has a rank (its position in that product, the last issue varying fastest).
 */
public record Domain(String name, List<Issue> issues) {
    public Domain {
        Objects.requireNonNull(name, "name");
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("domain '" + name + "': expected at least one issue, got none");
        }
        Set<IssueId> seen = new HashSet<>();
        for (Issue i : issues) {
            if (!seen.add(i.id())) {
                throw new IllegalArgumentException("domain '" + name + "': issue '" + i.id() + "' appears twice");
            }
        }
    }

    public static Domain of(String name, Issue... issues) {
        return new Domain(name, List.of(issues));
    }

    public int issueCount() {
        return issues.size();
    }

    public Issue issue(int index) {
        return issues.get(index);
    }

    /** The position of the issue, or -1 when the domain has no such issue. */
    public int indexOf(IssueId id) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The issue ids in domain order. */
    public List<IssueId> issueIds() {
        return issues.stream().map(Issue::id).toList();
    }

    /** Number of outcomes, or {@link Long#MAX_VALUE} when that does not fit in a long. */
    public long outcomeCount() {
        long n = 1;
        for (Issue i : issues) {
            if (n > Long.MAX_VALUE / i.size()) {
                return Long.MAX_VALUE;
            }
            n *= i.size();
        }
        return n;
    }

    /** The outcome with these value indices, one per issue in domain order. */
    public Outcome outcome(int... valueIndices) {
        return Outcome.of(this, valueIndices);
    }

    /** The outcome with these values; every issue must be given a value of its own. */
    public Outcome outcome(Map<IssueId, ? extends Value> values) {
        Set<IssueId> given = new TreeSet<>(values.keySet());
        Set<IssueId> expected = new TreeSet<>(issueIds());
        if (!given.equals(expected)) {
            throw new IllegalArgumentException("domain '" + name + "': an outcome needs the issues " + expected
                    + ", got " + given);
        }
        int[] idx = new int[issues.size()];
        for (int i = 0; i < idx.length; i++) {
            Issue issue = issues.get(i);
            Value v = values.get(issue.id());
            idx[i] = issue.indexOf(v);
            if (idx[i] < 0) {
                throw new IllegalArgumentException("domain '" + name + "', issue '" + issue.id()
                        + "': '" + v + "' is not one of its values");
            }
        }
        return Outcome.trusted(this, idx);
    }

    /** The outcome at {@code rank} in the cartesian order (last issue fastest). */
    public Outcome outcomeAt(long rank) {
        if (rank < 0 || rank >= outcomeCount()) {
            throw new IllegalArgumentException("domain '" + name + "': rank must be in [0, " + outcomeCount()
                    + "), got " + rank);
        }
        int[] idx = new int[issues.size()];
        long r = rank;
        for (int i = idx.length - 1; i >= 0; i--) {
            int size = issues.get(i).size();
            idx[i] = (int) (r % size);
            r /= size;
        }
        return Outcome.trusted(this, idx);
    }

    /** An ordered issue-to-value map of an outcome, for display. */
    public Map<IssueId, Value> values(Outcome o) {
        Map<IssueId, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            m.put(issues.get(i).id(), issues.get(i).value(o.valueIndex(i)));
        }
        return m;
    }
}
