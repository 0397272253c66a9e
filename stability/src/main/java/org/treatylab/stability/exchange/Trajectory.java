package org.treatylab.stability.exchange;

import java.util.Arrays;

/**
 * The state of a strike after each batch of warheads. Inside a batch every warhead has the same effect, so the
 * state at any attack size is a linear interpolation between the batch ends.
 */
final class Trajectory {
    static final int DEFENDER_EMT = 0;
    static final int ATTACKER_EMT = 1;
    static final int DESTROYED = 2;

    private long[] used = new long[64];
    private double[][] values = new double[3][64];
    private int size;

    void clear() {
        size = 0;
    }

    void add(long usedTotal, double defenderEmt, double attackerEmt, double destroyed) {
        if (size == used.length) {
            used = Arrays.copyOf(used, size * 2);
            for (int v = 0; v < values.length; v++) {
                values[v] = Arrays.copyOf(values[v], size * 2);
            }
        }
        used[size] = usedTotal;
        values[DEFENDER_EMT][size] = defenderEmt;
        values[ATTACKER_EMT][size] = attackerEmt;
        values[DESTROYED][size] = destroyed;
        size++;
    }

    /** Where {@code k} falls: as {@link java.util.Arrays#binarySearch}, for {@link #at(long, int, int)}. */
    int locate(long k) {
        return Arrays.binarySearch(used, 0, size, k);
    }

    /** One quantity after {@code k} warheads, {@code located} being {@link #locate}{@code (k)}: as {@link #at}. */
    double at(long k, int located, int quantity) {
        double[] v = values[quantity];
        if (located >= 0) {
            return v[located];
        }
        int hi = -located - 1;
        if (hi >= size) {
            return v[size - 1];
        }
        int lo = hi - 1;
        double t = (double) (k - used[lo]) / (used[hi] - used[lo]);
        return v[lo] + t * (v[hi] - v[lo]);
    }

    /** One quantity after {@code k} warheads, for k between 0 and the last batch end. */
    double at(long k, int quantity) {
        int i = Arrays.binarySearch(used, 0, size, k);
        double[] v = values[quantity];
        if (i >= 0) {
            return v[i];
        }
        int hi = -i - 1;
        if (hi >= size) {
            return v[size - 1];
        }
        int lo = hi - 1;
        double t = (double) (k - used[lo]) / (used[hi] - used[lo]);
        return v[lo] + t * (v[hi] - v[lo]);
    }
}
