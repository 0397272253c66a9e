package org.treatylab.talks.restructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The best arrangement of a party's forces under a set of ceilings, for its own objective.
 *
 * <p>Decision per system j: deployed launchers n_j &lt;= deployed_j, non-deployed launchers kept m_j with
 * n_j + m_j &lt;= launchers_j (the rest are eliminated), and for missiles the warheads W_j with
 * minLoading_j n_j &lt;= W_j &lt;= capacity_j n_j (download or upload); a bomber carries its weapons. Ceilings:
 * sum n &lt;= deployed, sum (n + m) &lt;= total, sum W over missiles + bombers counted by the rule &lt;= warheads.
 * Objective: w_s D(S / requirement) + w_h D(U / hedge reference) - w_c K / K_max + w_p (min(1, C / C_o) +
 * min(1, N / N_o)) / 2 with C the counted warheads, N the deployed launchers, C_o and N_o the other side's; S = sum
 * survival_j W_j the
 * expected survivors, U = sum over missiles (capacity_j n_j - W_j + capacity_j m_j) + sum over bombers weapons_j m_j
 * the upload potential, K the cost and D {@link Diminishing}. The objective is concave and the constraints linear:
 * the continuous relaxation is a linear programme with one bounded variable per segment of D, solved exactly
 * (simplex). Its optimum is the party's best value under the ceilings, so a tighter set of ceilings (a smaller
 * feasible set) can never raise it. Whole launchers and warheads are then taken by rounding down, which keeps every
 * ceiling (a repair step guards against the solver's tolerance).
 */
public final class Restructurer {
    private static final double EPS = 1e-7;

    private Restructurer() {
    }

    /** The party's best arrangement under the ceilings. */
    public static Restructured best(Inventory inv, Ceilings c, Objective o) {
        List<Holding> hs = inv.holdings();
        int h = hs.size();
        int k = Diminishing.segments();
        int vars = 3 * h + 2 * k + 2;
        int pw = vars - 2;
        int pl = vars - 1;
        double kmax = Math.max(inv.maxCost(o), 1e-12);
        double[] obj = new double[vars];
        List<LinearConstraint> cs = new ArrayList<>();
        double[] surv = new double[vars];
        double[] upload = new double[vars];
        double[] deployedRow = new double[vars];
        double[] totalRow = new double[vars];
        double[] warheadRow = new double[vars];
        for (int j = 0; j < h; j++) {
            Holding x = hs.get(j);
            int n = 3 * j;
            int m = n + 1;
            int w = n + 2;
            obj[n] -= o.cost() * x.launcherCost() / kmax;
            obj[m] -= o.cost() * x.launcherCost() * o.nonDeployedShare() / kmax;
            obj[w] -= o.cost() * o.warheadCost() / kmax;
            cs.add(row(vars, Relationship.LEQ, x.deployed(), n, 1));
            cs.add(row(vars, Relationship.LEQ, x.launchers(), n, 1, m, 1));
            if (x.bomber()) {
                cs.add(row(vars, Relationship.EQ, 0, w, 1, n, -x.capacity()));
                upload[m] += x.capacity();
                warheadRow[c.onePerBomber() ? n : w] += 1;
            } else {
                cs.add(row(vars, Relationship.LEQ, 0, w, 1, n, -x.capacity()));
                cs.add(row(vars, Relationship.GEQ, 0, w, 1, n, -x.minLoading()));
                upload[n] += x.capacity();
                upload[w] -= 1;
                upload[m] += x.capacity();
                warheadRow[w] += 1;
            }
            surv[w] += x.survival();
            deployedRow[n] = 1;
            totalRow[n] = 1;
            totalRow[m] = 1;
        }
        for (int s = 0; s < k; s++) {
            int sv = 3 * h + s;
            int uv = 3 * h + k + s;
            obj[sv] = o.survivability() * Diminishing.slope(s, o.requirement());
            obj[uv] = o.hedge() * Diminishing.slope(s, o.hedgeReference());
            cs.add(row(vars, Relationship.LEQ, Diminishing.width(s, o.requirement()), sv, 1));
            cs.add(row(vars, Relationship.LEQ, Diminishing.width(s, o.hedgeReference()), uv, 1));
            surv[sv] -= 1;
            upload[uv] -= 1;
        }
        // parity: pw <= 1, pw <= counted / C_o; pl likewise with deployed launchers (0 when not scored)
        boolean parity = o.parity() > 0 && o.parityWarheads() > 0 && o.parityLaunchers() > 0;
        cs.add(row(vars, Relationship.LEQ, parity ? 1 : 0, pw, 1));
        cs.add(row(vars, Relationship.LEQ, parity ? 1 : 0, pl, 1));
        if (parity) {
            obj[pw] = o.parity() / 2;
            obj[pl] = o.parity() / 2;
            double[] a = new double[vars];
            double[] b = new double[vars];
            for (int j = 0; j < h; j++) {
                Holding y = hs.get(j);
                a[y.bomber() && c.onePerBomber() ? 3 * j : 3 * j + 2] -= 1 / o.parityWarheads();
                b[3 * j] -= 1 / o.parityLaunchers();
            }
            a[pw] = 1;
            b[pl] = 1;
            cs.add(new LinearConstraint(a, Relationship.LEQ, 0));
            cs.add(new LinearConstraint(b, Relationship.LEQ, 0));
        }
        // sum of segments <= S, <= U
        cs.add(new LinearConstraint(negate(surv), Relationship.LEQ, 0));
        cs.add(new LinearConstraint(negate(upload), Relationship.LEQ, 0));
        if (c.deployed() != null) {
            cs.add(new LinearConstraint(deployedRow, Relationship.LEQ, c.deployed()));
        }
        if (c.total() != null) {
            cs.add(new LinearConstraint(totalRow, Relationship.LEQ, c.total()));
        }
        if (c.warheads() != null) {
            cs.add(new LinearConstraint(warheadRow, Relationship.LEQ, c.warheads()));
        }
        PointValuePair p = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(100_000),
                new LinearObjectiveFunction(obj, 0), new LinearConstraintSet(cs), GoalType.MAXIMIZE,
                new NonNegativeConstraint(true));
        double[] x = p.getPoint();
        List<Kept> kept = whole(hs, x, c);
        return new Restructured(inv.party(), c, kept, p.getValue(), value(inv, kept, o, c.onePerBomber()));
    }

    /** The party's objective for an arrangement (the same function the optimiser maximises). */
    public static double value(Inventory inv, List<Kept> kept, Objective o, boolean onePerBomber) {
        double v = o.survivability() * Diminishing.value(survivors(inv, kept), o.requirement())
                + o.hedge() * Diminishing.value(upload(inv, kept), o.hedgeReference())
                - o.cost() * cost(inv, kept, o) / Math.max(inv.maxCost(o), 1e-12);
        if (o.parity() > 0 && o.parityWarheads() > 0 && o.parityLaunchers() > 0) {
            long deployed = kept.stream().mapToLong(Kept::deployed).sum();
            v += o.parity() * (Math.min(1, counted(kept, onePerBomber) / o.parityWarheads())
                    + Math.min(1, deployed / o.parityLaunchers())) / 2;
        }
        return v;
    }

    /** Expected survivors by the per-system survival shares. */
    public static double survivors(Inventory inv, List<Kept> kept) {
        double s = 0;
        for (int j = 0; j < kept.size(); j++) {
            s += inv.holdings().get(j).survival() * kept.get(j).warheads();
        }
        return s;
    }

    /** Upload potential: warheads the kept launchers could add at capacity (bombers: non-deployed ones' weapons). */
    public static double upload(Inventory inv, List<Kept> kept) {
        double u = 0;
        for (int j = 0; j < kept.size(); j++) {
            Holding x = inv.holdings().get(j);
            Kept k = kept.get(j);
            u += x.bomber() ? (double) x.capacity() * k.nonDeployed()
                    : (double) x.capacity() * (k.deployed() + k.nonDeployed()) - k.warheads();
        }
        return u;
    }

    /** Cost of keeping an arrangement. */
    public static double cost(Inventory inv, List<Kept> kept, Objective o) {
        double c = 0;
        for (int j = 0; j < kept.size(); j++) {
            Holding x = inv.holdings().get(j);
            Kept k = kept.get(j);
            c += x.launcherCost() * (k.deployed() + o.nonDeployedShare() * k.nonDeployed())
                    + o.warheadCost() * k.warheads();
        }
        return c;
    }

    /** Warheads counted: missiles' warheads plus each deployed bomber as one or as its weapons. */
    public static long counted(Collection<Kept> kept, boolean onePerBomber) {
        long n = 0;
        for (Kept k : kept) {
            n += k.category().isBomber() && onePerBomber ? k.deployed() : k.warheads();
        }
        return n;
    }

    /** Whole launchers and warheads from the relaxed optimum, within every ceiling. */
    static List<Kept> whole(List<Holding> hs, double[] x, Ceilings c) {
        int h = hs.size();
        long[] n = new long[h];
        long[] m = new long[h];
        long[] w = new long[h];
        for (int j = 0; j < h; j++) {
            Holding y = hs.get(j);
            n[j] = Math.min(y.deployed(), (long) Math.floor(x[3 * j] + EPS));
            m[j] = Math.max(0, Math.min(y.launchers() - n[j], (long) Math.floor(x[3 * j + 1] + EPS)));
            w[j] = y.bomber() ? n[j] * y.capacity()
                    : Math.max(y.minLoading() * n[j], Math.min(y.capacity() * n[j], (long) Math.floor(x[3 * j + 2] + EPS)));
        }
        // Safety net for rounding at the tolerance: drop warheads, then launchers, of the least survivable systems.
        while (c.warheads() != null && countedOf(hs, n, w, c) > c.warheads()) {
            int j = pick(hs, n, w, true);
            if (j >= 0) {
                w[j]--;
            } else {
                j = pick(hs, n, w, false);
                n[j]--;
                w[j] = hs.get(j).bomber() ? n[j] * hs.get(j).capacity() : Math.min(w[j], hs.get(j).capacity() * n[j]);
            }
        }
        while (c.deployed() != null && sum(n) > c.deployed()) {
            int j = pick(hs, n, w, false);
            n[j]--;
            w[j] = hs.get(j).bomber() ? n[j] * hs.get(j).capacity() : Math.min(w[j], hs.get(j).capacity() * n[j]);
        }
        while (c.total() != null && sum(n) + sum(m) > c.total()) {
            int j = -1;
            for (int i = 0; i < h; i++) {
                if (m[i] > 0) {
                    j = i;
                }
            }
            if (j >= 0) {
                m[j]--;
            } else {
                j = pick(hs, n, w, false);
                n[j]--;
                w[j] = hs.get(j).bomber() ? n[j] * hs.get(j).capacity() : Math.min(w[j], hs.get(j).capacity() * n[j]);
            }
        }
        List<Kept> out = new ArrayList<>();
        for (int j = 0; j < h; j++) {
            out.add(new Kept(hs.get(j).system(), hs.get(j).category(), n[j], m[j], w[j]));
        }
        return out;
    }

    private static long countedOf(List<Holding> hs, long[] n, long[] w, Ceilings c) {
        long t = 0;
        for (int j = 0; j < hs.size(); j++) {
            t += hs.get(j).bomber() && c.onePerBomber() ? n[j] : w[j];
        }
        return t;
    }

    /** The least survivable system that can lose a warhead by downloading (or, if {@code download} is false, a launcher). */
    private static int pick(List<Holding> hs, long[] n, long[] w, boolean download) {
        int best = -1;
        for (int j = 0; j < hs.size(); j++) {
            Holding y = hs.get(j);
            boolean ok = download ? !y.bomber() && w[j] > y.minLoading() * n[j] : n[j] > 0;
            if (ok && (best < 0 || y.survival() < hs.get(best).survival())) {
                best = j;
            }
        }
        return best;
    }

    private static long sum(long[] a) {
        long t = 0;
        for (long v : a) {
            t += v;
        }
        return t;
    }

    private static double[] negate(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = -a[i];
        }
        return out;
    }

    private static LinearConstraint row(int vars, Relationship r, double rhs, double... indexCoefficient) {
        double[] a = new double[vars];
        for (int i = 0; i + 1 < indexCoefficient.length; i += 2) {
            a[(int) indexCoefficient[i]] += indexCoefficient[i + 1];
        }
        return new LinearConstraint(a, r, rhs);
    }
}
