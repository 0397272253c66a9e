package org.treatylab.negotiation.preference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.treatylab.negotiation.model.Domain;
import org.treatylab.negotiation.model.Issue;
import org.treatylab.negotiation.model.Outcome;

/**
 * A party's utility over a domain: an optional linear additive part plus non-additive terms for linked issues
 * (hyper-rectangles and pairwise interactions). u(o) = additive(o) + sum of the terms that apply to o.
 *
 * <p>Immutable. The per-value contributions are compiled into tables at construction, so evaluating an outcome costs
 * one addition per issue and one test per term. Utilities are doubles; the engine's one tolerance for comparing them
 * is {@link #EPSILON}.
 */
public final class UtilityFunction {
    /** Two utilities closer than this are treated as equal where the engine must compare across arithmetic orders. */
    public static final double EPSILON = 1e-9;

    private final Domain domain;
    private final LinearAdditive additive;
    private final List<HyperRectangle> rectangles;
    private final List<PairTerm> pairs;
    private final double[][] table;
    private final CompiledTerms terms;
    private volatile RankedOutcomes ranked;

    private UtilityFunction(Domain domain, LinearAdditive additive, List<HyperRectangle> rectangles,
            List<PairTerm> pairs) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.additive = additive;
        this.rectangles = List.copyOf(rectangles);
        this.pairs = List.copyOf(pairs);
        if (additive != null && !additive.domain().equals(domain)) {
            throw new IllegalArgumentException("additive part is for domain '" + additive.domain().name()
                    + "', expected '" + domain.name() + "'");
        }
        this.table = new double[domain.issueCount()][];
        for (int i = 0; i < table.length; i++) {
            Issue issue = domain.issue(i);
            table[i] = new double[issue.size()];
            if (additive != null) {
                for (int v = 0; v < table[i].length; v++) {
                    table[i][v] = additive.contribution(i, v);
                }
            }
        }
        this.terms = CompiledTerms.compile(domain, this.rectangles, this.pairs);
    }

    /** Linear additive preferences. */
    public static UtilityFunction additive(LinearAdditive additive) {
        return new UtilityFunction(additive.domain(), additive, List.of(), List.of());
    }

    /** Preferences made only of hyper-rectangles (ANAC 2014 nonlinear profiles). */
    public static UtilityFunction rectangles(Domain domain, List<HyperRectangle> rectangles) {
        return new UtilityFunction(domain, null, rectangles, List.of());
    }

    /** These preferences plus more non-additive terms. */
    public UtilityFunction with(List<HyperRectangle> moreRectangles, List<PairTerm> morePairs) {
        List<HyperRectangle> r = new java.util.ArrayList<>(rectangles);
        r.addAll(moreRectangles);
        List<PairTerm> p = new java.util.ArrayList<>(pairs);
        p.addAll(morePairs);
        return new UtilityFunction(domain, additive, r, p);
    }

    public Domain domain() {
        return domain;
    }

    public Optional<LinearAdditive> additive() {
        return Optional.ofNullable(additive);
    }

    public List<HyperRectangle> rectangles() {
        return rectangles;
    }

    public List<PairTerm> pairs() {
        return pairs;
    }

    /** Whether u is a sum of per-issue contributions (no interaction terms): then analyses need not enumerate. */
    public boolean isAdditive() {
        return terms.isEmpty();
    }

    /** The utility of an outcome of this domain. */
    public double utility(Outcome o) {
        if (!o.isOf(domain)) {
            throw new IllegalArgumentException("outcome of domain '" + o.domain().name() + "' given to a utility for '"
                    + domain.name() + "'");
        }
        double u = 0;
        for (int i = 0; i < table.length; i++) {
            u += table[i][o.valueIndex(i)];
        }
        return terms.isEmpty() ? u : u + terms.apply(o::valueIndex);
    }

    /**
     * The utility of the outcome with these value indices, unchecked: for engines that enumerate. Sums the issues in
     * domain order, as {@link #utility(Outcome)} does, so both give the same double.
     */
    public double utilityOf(int[] valueIndices) {
        double u = 0;
        for (int i = 0; i < table.length; i++) {
            u += table[i][valueIndices[i]];
        }
        return terms.isEmpty() ? u : u + terms.apply(valueIndices);
    }

    /** The non-additive terms' part of the utility of these value indices (0 when additive). */
    public double termsOf(int[] valueIndices) {
        return terms.isEmpty() ? 0 : terms.apply(valueIndices);
    }

    /**
     * Fills {@code out[v]} with {@link #termsOf(int[])} of {@code valueIndices} with the last issue's value set to v,
     * for every v (the same doubles, computed once per assignment of the other issues).
     */
    public void termsOverLastIssue(int[] valueIndices, double[] out) {
        terms.applyOverLastIssue(valueIndices, domain.issueCount() - 1, out);
    }

    /** The additive contribution w_i * e_i(v) of value {@code value} of issue {@code issue} (0 without additive part). */
    public double contribution(int issue, int value) {
        return table[issue][value];
    }

    /**
     * This utility's outcomes sorted best first, built on first use and kept (immutable once built).
     *
     * @throws org.treatylab.negotiation.TooLargeException when the domain has more than {@link RankedOutcomes#LIMIT}
     *     outcomes
     */
    public RankedOutcomes ranked() {
        RankedOutcomes r = ranked;
        if (r == null) {
            synchronized (this) {
                r = ranked;
                if (r == null) {
                    r = RankedOutcomes.build(this);
                    ranked = r;
                }
            }
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UtilityFunction u && domain.equals(u.domain) && Objects.equals(additive, u.additive)
                && rectangles.equals(u.rectangles) && pairs.equals(u.pairs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(domain, additive, rectangles, pairs);
    }

    @Override
    public String toString() {
        return "UtilityFunction[" + domain.name() + (additive == null ? "" : ", additive") + ", "
                + rectangles.size() + " rectangles, " + pairs.size() + " pair terms]";
    }
}
