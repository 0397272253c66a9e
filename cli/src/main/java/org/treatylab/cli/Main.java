package org.treatylab.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Runs the {@code treatylab} command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code (0, 1 or 2). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TreatyLabCommand());
        CommandGroups.install(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setParameterExceptionHandler(Errors::onBadUsage);
        cl.setExitCodeExceptionMapper(new Errors());
        cl.setExecutionExceptionHandler(Errors::onFailure);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A date option's value; picocli prefixes the message with the option's name. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got '" + text + "'");
        }
    }
}
