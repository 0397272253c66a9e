package org.treatylab.negotiation.analysis;

/** A stable merge sort of positions by two double keys, both descending, without boxing. */
final class PairSort {
    private PairSort() {
    }

    /** Positions 0..n-1 ordered by x descending, then y descending, then position ascending. */
    static int[] descending(double[] x, double[] y) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buf = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int a = lo;
                int b = mid;
                int k = lo;
                while (a < mid && b < hi) {
                    int pa = order[a];
                    int pb = order[b];
                    boolean bFirst = x[pb] > x[pa] || x[pb] == x[pa] && y[pb] > y[pa];
                    buf[k++] = bFirst ? order[b++] : order[a++];
                }
                while (a < mid) {
                    buf[k++] = order[a++];
                }
                while (b < hi) {
                    buf[k++] = order[b++];
                }
            }
            int[] t = order;
            order = buf;
            buf = t;
        }
        return order;
    }
}
