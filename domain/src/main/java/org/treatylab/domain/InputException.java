package org.treatylab.domain;

/**
 * Bad input from a user's file or argument: the message names the file, line and field and says what was wrong.
 *
 * <p>The edges turn it into a one-line error (CLI exit code 2, HTTP 400, or 404 for {@link #notFound}); it never
 * carries a stack trace to users.
 */
public class InputException extends TreatyLabException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(ErrorKind.BAD_INPUT, message);
    }

    private InputException(ErrorKind kind, String message) {
        super(kind, message);
    }

    /** A name that refers to nothing shipped or stored (a posture, a treaty id, a scenario): HTTP 404, exit 2. */
    public static InputException notFound(String message) {
        return new InputException(ErrorKind.NOT_FOUND, message);
    }

    /**
     * An error located in a file: "FILE line N, field 'F': problem".
     *
     * @param file the file name as the user gave it
     * @param line 1-based line number, or 0 when the problem is not on one line
     * @param field the column or field name, or null
     */
    public static InputException at(String file, int line, String field, String problem) {
        return located(file, line, "field", field, problem);
    }

    /** An error located in a CSV file: "FILE line N, column 'C': problem". */
    public static InputException atColumn(String file, int line, String column, String problem) {
        return located(file, line, "column", column, problem);
    }

    private static InputException located(String file, int line, String kind, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(", ").append(kind).append(" '").append(field).append('\'');
        }
        return new InputException(sb.append(": ").append(problem).toString());
    }
}
