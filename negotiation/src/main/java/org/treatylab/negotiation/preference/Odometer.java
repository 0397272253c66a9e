package org.treatylab.negotiation.preference;

import org.treatylab.negotiation.model.Domain;

/** Steps value indices through a domain's cartesian order, last issue fastest. */
public final class Odometer {
    private Odometer() {
    }

    /** Advances {@code idx} to the next outcome; returns the lowest issue position that changed (-1 after the last). */
    public static int next(Domain d, int[] idx) {
        for (int i = idx.length - 1; i >= 0; i--) {
            if (++idx[i] < d.issue(i).size()) {
                return i;
            }
            idx[i] = 0;
        }
        return -1;
    }
}
