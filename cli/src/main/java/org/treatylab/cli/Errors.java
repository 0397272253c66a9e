package org.treatylab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.treatylab.domain.InputException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error and an exit code: 2 for bad usage or input, 1 for failures of
 * the work. Stack traces are never shown to users.
 */
final class Errors {
    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private Errors() {
    }

    static int onBadUsage(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + oneLine(e.getMessage()) + " (see '"
                + cmd.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
        Throwable t = e;
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof InputException || t instanceof IllegalArgumentException && isUserInput(t)) {
            cmd.getErr().println("error: " + oneLine(t.getMessage()));
            return BAD_INPUT;
        }
        if (t instanceof UserError u) {
            cmd.getErr().println("error: " + oneLine(u.getMessage()));
            return u.exitCode();
        }
        String what = t instanceof IOException ? "I/O failure: " : "failed: ";
        cmd.getErr().println("error: " + what + oneLine(t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getMessage()));
        return FAILURE;
    }

    /** IllegalArgumentExceptions thrown while parsing user values (party, category) carry user-facing messages. */
    private static boolean isUserInput(Throwable t) {
        return t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("org.treatylab.domain");
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
