package org.treatylab.cli.sweep;

import java.io.PrintWriter;
import org.treatylab.app.sweep.SweepProgress;

/** A one-line progress bar with rate and time left, on standard error, redrawn at most five times a second. */
final class ProgressBar implements SweepProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long firstDone = -1;
    private long lastDraw;
    private long highest = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total) {
        if (done <= highest) {
            return;
        }
        highest = done;
        long now = System.nanoTime();
        if (firstDone < 0) {
            firstDone = done;
        }
        if (done != total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? (done - firstDone) / seconds : 0;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        String eta = rate > 0 ? clock((total - done) / rate) : "?";
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " evaluations, " + Math.round(rate) + "/s, " + (done == total ? "done in " + clock(seconds)
                : "ETA " + eta) + "   ");
        if (done == total) {
            err.println();
        }
        err.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
