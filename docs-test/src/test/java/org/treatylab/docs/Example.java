package org.treatylab.docs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of a documentation page's {@code bash} block, as a reader would type it.
 *
 * @param page     where it is written (a repository path, or {@code treatylab --help})
 * @param line     its first line on the page (1-based)
 * @param command  the command, continuation lines joined, its trailing comment kept
 * @param kind     what the examples test does with it
 * @param exitCode the exit code the page documents (0 unless the comment says {@code # exit N})
 * @param httpError the HTTP status of the JSON error a {@code curl} example answers ({@code # error 404}), or 0 when
 *                  it answers no error
 */
record Example(String page, int line, String command, Kind kind, int exitCode, int httpError) {
    /** What the test does with a line of a {@code bash} block. */
    enum Kind {
        /** A {@code ./treatylab} or {@code curl} command (or a file tool or a pause preparing one): run, exit code checked. */
        RUN,
        /** {@code NAME=value} or {@code NAME=$(command)}: a variable the later commands of the page use. */
        VARIABLE,
        /** A command that serves until Ctrl-C (its comment says so): not run here (see {@link ExamplesTest}). */
        UNTIL_STOPPED,
        /** A build or maintainer command ({@code ./mvnw}, {@code java -jar bench/...}, a script): not run here. */
        BUILD
    }

    private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)\\b");
    private static final Pattern HTTP_ERROR = Pattern.compile("#\\s*error (\\d{3})\\b");
    private static final java.util.Set<String> RUN = java.util.Set.of("./treatylab", "curl", "cp", "mkdir", "printf",
            "cat", "sed", "sleep");
    /** {@code NAME=word} or {@code NAME=$(command)}: the shell gives the value, in the page's folder. */
    private static final Pattern VARIABLE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S+|\\$\\(.+\\))");

    Example {
        if (page.isBlank() || line < 1 || command.isBlank()) {
            throw new IllegalArgumentException("example at " + page + ":" + line + " is empty");
        }
        if (httpError != 0 && !command.startsWith("curl")) {
            throw new IllegalArgumentException(page + ":" + line + ": only a curl example answers '# error "
                    + httpError + "'");
        }
    }

    /** Classifies one logical line of a {@code bash} block; comment-only and blank lines give nothing. */
    static Optional<Example> of(String page, int line, String text) {
        String command = text.strip();
        if (command.isEmpty() || command.startsWith("#")) {
            return Optional.empty();
        }
        String code = withoutComment(command);
        Matcher exit = EXIT.matcher(command.substring(code.length()));
        int exitCode = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        Matcher error = HTTP_ERROR.matcher(command.substring(code.length()));
        int httpError = error.find() ? Integer.parseInt(error.group(1)) : 0;
        String first = code.split("\\s+", 2)[0];
        Kind kind;
        if (VARIABLE.matcher(code).matches()) {
            kind = Kind.VARIABLE;
        } else if (command.contains("until Ctrl-C")) {
            kind = Kind.UNTIL_STOPPED;
        } else if (RUN.contains(first)) {
            kind = Kind.RUN;
        } else if (first.equals("./mvnw") || first.equals("mvn") || first.equals("java") || first.equals("bash")
                || first.startsWith("scripts/") || first.equals("git") || first.equals("d=$(mktemp")) {
            kind = Kind.BUILD;
        } else {
            throw new IllegalArgumentException(page + ":" + line + ": '" + first + "' is neither an example the test"
                    + " runs (./treatylab, curl, cp, mkdir, printf, cat, sed, sleep) nor a build command (./mvnw, mvn, java,"
                    + " bash, scripts/, git): " + command);
        }
        return Optional.of(new Example(page, line, command, kind, exitCode, httpError));
    }

    /** The command without its trailing {@code # comment} (a {@code #} outside quotes, after a blank). */
    static String withoutComment(String command) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && i > 0 && Character.isWhitespace(command.charAt(i - 1))) {
                return command.substring(0, i).strip();
            }
        }
        return command.strip();
    }

    /** The variable's name and value, for {@link Kind#VARIABLE}. */
    String[] variable() {
        Matcher m = VARIABLE.matcher(withoutComment(command));
        if (!m.matches()) {
            throw new IllegalStateException("not a variable: " + command);
        }
        return new String[] {m.group(1), m.group(2)};
    }

    @Override
    public String toString() {
        return page + ":" + line + ": " + command;
    }
}
