package org.treatylab.stability.exchange;

/**
 * The target class with the largest marginal gain, kept in a tournament tree: changing one class's gain replays
 * only its path to the root. Among equal gains the lower class index wins, as a left-to-right scan would choose.
 */
final class Tournament {
    private double[] gain = new double[2];
    private int[] winner = new int[2];
    private int leaves = 1;

    /** Starts a tournament of {@code n} classes with these gains. */
    Tournament reset(int n, double[] gains) {
        leaves = Integer.highestOneBit(Math.max(1, n - 1)) << 1;
        if (gain.length < 2 * leaves) {
            gain = new double[2 * leaves];
            winner = new int[2 * leaves];
        }
        for (int i = 0; i < leaves; i++) {
            gain[leaves + i] = i < n ? gains[i] : 0;
            winner[leaves + i] = i < n ? i : -1;
        }
        for (int v = leaves - 1; v >= 1; v--) {
            play(v);
        }
        return this;
    }

    /** The class with the largest positive gain, or -1 when no class has one. */
    int best() {
        return gain[1] > 0 ? winner[1] : -1;
    }

    void update(int c, double g) {
        int v = leaves + c;
        gain[v] = g;
        for (v >>= 1; v >= 1; v >>= 1) {
            play(v);
        }
    }

    private void play(int v) {
        int l = 2 * v;
        int r = l + 1;
        boolean right = gain[r] > gain[l];
        gain[v] = right ? gain[r] : gain[l];
        winner[v] = right ? winner[r] : winner[l];
    }
}
