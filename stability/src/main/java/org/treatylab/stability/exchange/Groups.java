package org.treatylab.stability.exchange;

import java.util.Arrays;

/**
 * The aim points of one target class, grouped by survival probability, kept in ascending order so that the group
 * the next warhead should go to (the highest survival) is last.
 */
final class Groups {
    double[] survival = new double[4];
    long[] count = new long[4];
    int[] node = new int[4];
    int size;

    int top() {
        return size - 1;
    }

    /**
     * Adds {@code n} aim points with survival {@code s}. Groups merge when they have the same node (recorded plans)
     * or, without plans ({@code node < 0}), the same survival.
     */
    void add(double s, long n, int nodeId) {
        int k = size - 1;
        while (k >= 0 && survival[k] > s) {
            k--;
        }
        for (int j = k; j >= 0 && survival[j] == s; j--) {
            if (node[j] == nodeId) {
                count[j] += n;
                return;
            }
        }
        if (size == survival.length) {
            survival = Arrays.copyOf(survival, size * 2);
            count = Arrays.copyOf(count, size * 2);
            node = Arrays.copyOf(node, size * 2);
        }
        int at = k + 1;
        // a few groups at most: a plain loop beats three System.arraycopy calls
        for (int i = size; i > at; i--) {
            survival[i] = survival[i - 1];
            count[i] = count[i - 1];
            node[i] = node[i - 1];
        }
        survival[at] = s;
        count[at] = n;
        node[at] = nodeId;
        size++;
    }

    /** Takes {@code n} aim points from the top group. */
    void takeFromTop(long n) {
        count[size - 1] -= n;
        if (count[size - 1] == 0) {
            size--;
        }
    }
}
