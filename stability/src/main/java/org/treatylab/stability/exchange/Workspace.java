package org.treatylab.stability.exchange;

import java.util.Arrays;

/**
 * The arrays one strike calculation writes, kept between calculations on the same thread so that repeated
 * assessments allocate almost nothing. Not thread-safe: each thread uses its own ({@link #ofThisThread()}).
 */
final class Workspace {
    private static final ThreadLocal<Workspace> PER_THREAD = ThreadLocal.withInitial(Workspace::new);

    long[] stock = new long[0];
    long[] used = new long[0];
    double[] destroyed = new double[0];
    double[] untargetable = new double[0];
    int[] pointer = new int[0];
    int[] classSystem = new int[0];
    double[] classValue = new double[0];
    double[] gain = new double[0];
    int[] weaponOf = new int[0];
    Groups[] groups = new Groups[0];
    final Trajectory trajectory = new Trajectory();
    double[] first = new double[0];
    double[] second = new double[0];
    int[] stack = new int[128];

    /** This thread's workspace; a calculation uses it from start to end and keeps nothing in it afterwards. */
    static Workspace ofThisThread() {
        return PER_THREAD.get();
    }

    /** Makes room for forces of {@code na} and {@code nd} systems and clears what a calculation reads. */
    Workspace prepare(int na, int nd) {
        if (stock.length < na) {
            stock = new long[na];
            used = new long[na];
        } else {
            Arrays.fill(stock, 0, na, 0);
            Arrays.fill(used, 0, na, 0);
        }
        if (destroyed.length < nd) {
            destroyed = new double[nd];
            untargetable = new double[nd];
            pointer = new int[nd];
        } else {
            Arrays.fill(destroyed, 0, nd, 0);
            Arrays.fill(untargetable, 0, nd, 0);
            Arrays.fill(pointer, 0, nd, 0);
        }
        int nc = 2 * nd;
        if (classSystem.length < nc) {
            classSystem = new int[nc];
            classValue = new double[nc];
            gain = new double[nc];
            weaponOf = new int[nc];
            Groups[] g = Arrays.copyOf(groups, nc);
            for (int c = groups.length; c < nc; c++) {
                g[c] = new Groups();
            }
            groups = g;
        }
        trajectory.clear();
        return this;
    }

    /** The groups of class {@code c}, emptied. */
    Groups groups(int c) {
        Groups g = groups[c];
        g.size = 0;
        return g;
    }
}
