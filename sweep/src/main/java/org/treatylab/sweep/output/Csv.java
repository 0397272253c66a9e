package org.treatylab.sweep.output;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.sweep.model.Column;

/**
 * The text of result rows: RFC 4180 CSV, whole numbers as written, doubles as {@link Double#toString} (which reads
 * back to the same bits), missing values empty. Both engines write results.csv with this, so their files are
 * identical for a seed.
 */
public final class Csv {
    private Csv() {
    }

    /** The header line (with its line break). */
    public static String header(List<Column> columns) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(columns.get(i).name()));
        }
        return sb.append('\n').toString();
    }

    /** Appends one row and its line break. */
    public static void append(StringBuilder sb, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = row[i];
            if (v instanceof String s) {
                sb.append(quote(s));
            } else if (v != null) {
                sb.append(v);
            }
        }
        sb.append('\n');
    }

    /** Reads one line written by {@link #append} back into typed values. */
    public static Object[] parse(String line, List<Column> columns) {
        List<String> fields = split(line);
        if (fields.size() != columns.size()) {
            throw new IllegalStateException("a results line has " + fields.size() + " fields, expected "
                    + columns.size() + ": " + line);
        }
        Object[] row = new Object[fields.size()];
        for (int i = 0; i < row.length; i++) {
            String f = fields.get(i);
            Column.Type t = columns.get(i).type();
            if (f == null) {
                row[i] = null;
            } else if (t == Column.Type.LONG) {
                row[i] = Long.parseLong(f);
            } else if (t == Column.Type.DOUBLE) {
                row[i] = Double.parseDouble(f);
            } else {
                row[i] = f;
            }
        }
        return row;
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && !s.isEmpty()) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Fields of a line; an empty unquoted field is null, a quoted empty one "". */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                out.add(sb.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                out.add(end == i ? null : line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                break;
            }
            i++;
            if (i == n) {
                out.add(null);
                break;
            }
        }
        return out;
    }
}
