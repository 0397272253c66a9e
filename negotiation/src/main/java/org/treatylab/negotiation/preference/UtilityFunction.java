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
    /** Utilities of every outcome by rank in the cartesian order, or null: a tabulated utility. */
    private final double[] dense;
    private volatile RankedOutcomes ranked;

    private UtilityFunction(Domain domain, LinearAdditive additive, List<HyperRectangle> rectangles,
            List<PairTerm> pairs) {
        this(domain, additive, rectangles, pairs, null);
    }

    private UtilityFunction(Domain domain, LinearAdditive additive, List<HyperRectangle> rectangles,
            List<PairTerm> pairs, double[] dense) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.dense = dense;
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

    /**
     * A utility given outcome by outcome: {@code byRank[r]} is the utility of the outcome of rank r in the domain's
     * cartesian order (last issue fastest). For preferences that are neither additive nor a few linked tables, such
     * as an expected utility that multiplies a probability of entry into force by a value. Analyses enumerate it.
     *
     * @throws IllegalArgumentException when the table's length is not the domain's outcome count or a value is not
     *     finite
     */
    public static UtilityFunction tabulated(Domain domain, double[] byRank) {
        if (byRank.length != domain.outcomeCount()) {
            throw new IllegalArgumentException("domain '" + domain.name() + "' has " + domain.outcomeCount()
                    + " outcomes, the table " + byRank.length);
        }
        for (int r = 0; r < byRank.length; r++) {
            if (!Double.isFinite(byRank[r])) {
                throw new IllegalArgumentException("utility of outcome " + r + " is not finite: " + byRank[r]);
            }
        }
        return new UtilityFunction(domain, null, List.of(), List.of(), byRank.clone());
    }

    /** These preferences plus more non-additive terms. */
    public UtilityFunction with(List<HyperRectangle> moreRectangles, List<PairTerm> morePairs) {
        List<HyperRectangle> r = new java.util.ArrayList<>(rectangles);
        r.addAll(moreRectangles);
        List<PairTerm> p = new java.util.ArrayList<>(pairs);
        p.addAll(morePairs);
        if (dense != null) {
            throw new IllegalStateException("a tabulated utility takes no further terms");
        }
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
        return dense == null && terms.isEmpty();
    }

    /** The utility of an outcome of this domain. */
    public double utility(Outcome o) {
        if (!o.isOf(domain)) {
            throw new IllegalArgumentException("outcome of domain '" + o.domain().name() + "' given to a utility for '"
                    + domain.name() + "'");
        }
        if (dense != null) {
            return dense[(int) o.rank()];
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
        if (dense != null) {
            return dense[rankOf(valueIndices)];
        }
        double u = 0;
        for (int i = 0; i < table.length; i++) {
            u += table[i][valueIndices[i]];
        }
        return terms.isEmpty() ? u : u + terms.apply(valueIndices);
    }

    /** The non-additive terms' part of the utility of these value indices (0 when additive). */
    public double termsOf(int[] valueIndices) {
        if (dense != null) {
            return dense[rankOf(valueIndices)];
        }
        return terms.isEmpty() ? 0 : terms.apply(valueIndices);
    }

    private int rankOf(int[] valueIndices) {
        int r = 0;
        for (int i = 0; i < valueIndices.length; i++) {
            r = r * table[i].length + valueIndices[i];
        }
        return r;
    }

    /**
     * Fills {@code out[v]} with {@link #termsOf(int[])} of {@code valueIndices} with the last issue's value set to v,
     * for every v (the same doubles, computed once per assignment of the other issues).
     */
    public void termsOverLastIssue(int[] valueIndices, double[] out) {
        if (dense != null) {
            int last = domain.issueCount() - 1;
            int saved = valueIndices[last];
            valueIndices[last] = 0;
            int base = rankOf(valueIndices);
            valueIndices[last] = saved;
            System.arraycopy(dense, base, out, 0, table[last].length);
            return;
        }
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
                && rectangles.equals(u.rectangles) && pairs.equals(u.pairs) && java.util.Arrays.equals(dense, u.dense);
    }

    @Override
    public int hashCode() {
        return Objects.hash(domain, additive, rectangles, pairs) * 31 + java.util.Arrays.hashCode(dense);
    }

    @Override
    public String toString() {
        return "UtilityFunction[" + domain.name() + (additive == null ? "" : ", additive") + ", "
                + rectangles.size() + " rectangles, " + pairs.size() + " pair terms" + (dense == null ? "" : ", tabulated")
                + "]";
    }
}
