package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.util.function.BiConsumer;

/** A one-line progress bar on standard error, redrawn at most once per percent. */
final class ProgressBar implements BiConsumer<Integer, Integer> {
    private static final int WIDTH = 40;

    private final PrintWriter err;
    private int shown = -1;
    private int highest;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(Integer done, Integer total) {
        // workers report out of order; never draw the bar backwards
        if (done <= highest) {
            return;
        }
        highest = done;
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == shown && !done.equals(total)) {
            return;
        }
        shown = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " sessions");
        if (done.equals(total)) {
            err.println();
        }
        err.flush();
    }
}
