package org.treatylab.negotiation.preference;

/** A stable merge sort of positions by a double key, without boxing (millions of outcomes). */
final class IndexSort {
    private IndexSort() {
    }

    /** Sorts {@code order} so that key[order[i]] is non-increasing; equal keys keep their order. */
    static void byDescending(int[] order, double[] key) {
        int[] buf = new int[order.length];
        for (int width = 1; width < order.length; width *= 2) {
            for (int lo = 0; lo < order.length; lo += 2 * width) {
                int mid = Math.min(lo + width, order.length);
                int hi = Math.min(lo + 2 * width, order.length);
                int a = lo;
                int b = mid;
                int k = lo;
                while (a < mid && b < hi) {
                    buf[k++] = key[order[b]] > key[order[a]] ? order[b++] : order[a++];
                }
                while (a < mid) {
                    buf[k++] = order[a++];
                }
                while (b < hi) {
                    buf[k++] = order[b++];
                }
            }
            System.arraycopy(buf, 0, order, 0, order.length);
        }
    }
}
