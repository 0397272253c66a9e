package org.treatylab.cli;

import java.util.Optional;
import org.treatylab.app.common.Failures;
import org.treatylab.domain.ErrorKind;
import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error and an exit code, in one place: the kind of an expected failure
 * decides the code (2 for bad input or a name that refers to nothing, 1 for failures of the work); anything else is
 * a failure of the work. Stack traces are never shown to users.
 */
final class Errors implements IExitCodeExceptionMapper {
    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int getExitCode(Throwable t) {
        return Failures.kindOf(t).map(ErrorKind::exitCode).orElse(FAILURE);
    }

    static int onBadUsage(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + oneLine(e.getMessage()) + " (see '"
                + cmd.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
        Optional<ErrorKind> kind = Failures.kindOf(e);
        String text = kind.isPresent() ? Failures.message(e) : "failed: " + Failures.message(e);
        cmd.getErr().println("error: " + oneLine(text));
        return cmd.getExitCodeExceptionMapper().getExitCode(e);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
