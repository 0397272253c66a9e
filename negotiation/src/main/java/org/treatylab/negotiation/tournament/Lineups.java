package org.treatylab.negotiation.tournament;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The line-ups of a scenario with {@code parties} roles: every way to seat distinct agents in the roles (every
 * combination of agents, in every role order), in a fixed order: combinations in lexicographic order of agent
 * positions, and within one, role orders in lexicographic order. For two parties that is pair (a, b), then (b, a).
 */
final class Lineups {
    private Lineups() {
    }

    /** The number of line-ups: agents! / (agents - parties)!, or 0 when there are fewer agents than roles. */
    static long count(int agents, int parties) {
        if (agents < parties) {
            return 0;
        }
        long n = 1;
        for (int i = 0; i < parties; i++) {
            n = Math.multiplyExact(n, agents - i);
        }
        return n;
    }

    /** All line-ups, each a list of agent positions by role. */
    static List<int[]> all(int agents, int parties) {
        List<int[]> out = new ArrayList<>();
        combinations(agents, parties, 0, new int[parties], 0, out);
        return out;
    }

    /**
     * {@code size} line-ups drawn without replacement (seeded), kept in the order of {@link #all}; all of them when
     * {@code size} is at least their number.
     */
    static List<int[]> sample(int agents, int parties, int size, long seed) {
        List<int[]> all = all(agents, parties);
        if (size >= all.size()) {
            return all;
        }
        // a partial Fisher-Yates shuffle of the indices, then back into schedule order
        int[] idx = new int[all.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + r.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(idx, size);
        java.util.Arrays.sort(chosen);
        List<int[]> out = new ArrayList<>(size);
        for (int i : chosen) {
            out.add(all.get(i));
        }
        return out;
    }

    private static void combinations(int agents, int parties, int from, int[] combo, int k, List<int[]> out) {
        if (k == parties) {
            permutations(combo.clone(), 0, out);
            return;
        }
        for (int a = from; a < agents; a++) {
            combo[k] = a;
            combinations(agents, parties, a + 1, combo, k + 1, out);
        }
    }

    /** Every order of {@code sorted} (ascending on entry), lexicographically. */
    private static void permutations(int[] sorted, int unused, List<int[]> out) {
        int[] p = sorted.clone();
        while (true) {
            out.add(p.clone());
            int i = p.length - 2;
            while (i >= 0 && p[i] >= p[i + 1]) {
                i--;
            }
            if (i < 0) {
                return;
            }
            int j = p.length - 1;
            while (p[j] <= p[i]) {
                j--;
            }
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
            for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
                t = p[a];
                p[a] = p[b];
                p[b] = t;
            }
        }
    }
}
