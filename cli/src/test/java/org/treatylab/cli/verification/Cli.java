package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.treatylab.cli.Main;

/** Runs the CLI in-process and captures its exit code and streams. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}
