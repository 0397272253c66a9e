package org.treatylab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures its exit code and streams. */
public record CliRun(int code, String out, String err) {
    /** Asserts that the run succeeded and printed exactly the contract's golden file of {@code shape}. */
    public CliRun isGolden(String shape) {
        if (code != 0) {
            throw new AssertionError("exit " + code + ": " + err);
        }
        String printed = org.treatylab.report.Golden.stable(out);
        if (!printed.equals(org.treatylab.report.Golden.read(shape))) {
            throw new AssertionError("shape " + shape + " differs from its golden file:\n" + printed);
        }
        return this;
    }

    /** Runs {@code treatylab ARGS...} in-process. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
