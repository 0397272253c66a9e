package org.treatylab.domain.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treatylab.domain.InputException;

/**
 * A CSV file with a header line: {@code #} comment lines and blank lines are skipped, columns are found by name.
 *
 * <p>Quoted cells ("a, b") and doubled quotes are understood. Every row keeps its 1-based line number so that
 * errors can name it.
 */
public final class CsvTable {
    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final int headerLine;

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows, int headerLine) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.headerLine = headerLine;
    }

    /** Reads a file; an unreadable file is an {@link InputException} naming it. */
    public static CsvTable read(Path path) {
        return parse(path.toString(), TextFiles.read(path));
    }

    /**
     * Parses CSV text.
     *
     * @param file the name used in error messages
     */
    public static CsvTable parse(String file, String text) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> columns = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = split(file, i + 1, line);
            if (columns == null) {
                columns = new LinkedHashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    String name = cells.get(c).trim().toLowerCase(Locale.ROOT);
                    if (name.isEmpty()) {
                        throw InputException.atColumn(file, i + 1, null, "empty column name in header (column " + (c + 1) + ")");
                    }
                    if (columns.put(name, c) != null) {
                        throw InputException.atColumn(file, i + 1, name, "column appears twice in the header");
                    }
                }
                headerLine = i + 1;
            } else {
                if (cells.size() > columns.size()) {
                    throw InputException.atColumn(file, i + 1, null,
                            "has " + cells.size() + " cells, the header has " + columns.size());
                }
                rows.add(new Row(file, i + 1, cells));
            }
        }
        if (columns == null) {
            throw new InputException(file + ": no header line (the file is empty or only comments)");
        }
        CsvTable table = new CsvTable(file, Map.copyOf(columns), List.copyOf(rows), headerLine);
        rows.forEach(r -> r.table = table);
        return table;
    }

    private static List<String> split(String file, int lineNo, String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw InputException.atColumn(file, lineNo, null, "unterminated quoted cell");
        }
        cells.add(cell.toString());
        return cells;
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Column names in header order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.keySet());
        names.sort((a, b) -> Integer.compare(columns.get(a), columns.get(b)));
        return names;
    }

    /** Fails naming the first missing column. */
    public void requireColumns(String... names) {
        for (String n : names) {
            if (!columns.containsKey(n)) {
                throw InputException.atColumn(file, headerLine, null, "missing required column '" + n + "' in header");
            }
        }
    }

    /** Fails naming the first column that is not one of {@code allowed} and does not match {@code alsoAllowed}. */
    public void rejectUnknownColumns(Set<String> allowed, java.util.function.Predicate<String> alsoAllowed) {
        for (String n : columnNames()) {
            if (!allowed.contains(n) && !alsoAllowed.test(n)) {
                throw InputException.atColumn(file, headerLine, n, "unknown column (known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** One data row; cell accessors name the line and column in their errors. */
    public static final class Row {
        private final String file;
        private final int line;
        private final List<String> cells;
        private CsvTable table;

        Row(String file, int line, List<String> cells) {
            this.file = file;
            this.line = line;
            this.cells = cells;
        }

        public int line() {
            return line;
        }

        /** "FILE line N", for messages about the row as a whole. */
        public String origin() {
            return file + " line " + line;
        }

        /** The table's column names. */
        public java.util.Set<String> columns() {
            return table.columns.keySet();
        }

        /** The trimmed cell, or "" when the column is absent or the row is short. */
        public String text(String column) {
            Integer i = table.columns.get(column);
            if (i == null || i >= cells.size()) {
                return "";
            }
            return cells.get(i).trim();
        }

        public boolean isBlank(String column) {
            return text(column).isEmpty();
        }

        /** A required non-blank cell. */
        public String required(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                throw error(column, "is empty (a value is required)");
            }
            return t;
        }

        /** A whole number >= 0, or null when the cell is blank. */
        public Long count(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            long v;
            try {
                v = Long.parseLong(t.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(column, "expected a whole number, got '" + t + "'");
            }
            if (v < 0) {
                throw error(column, "must not be negative, got " + v);
            }
            return v;
        }

        /** A whole number >= 0, or {@code dflt} when blank. */
        public long count(String column, long dflt) {
            Long v = count(column);
            return v == null ? dflt : v;
        }

        /** A finite decimal number, or null when blank. */
        public Double number(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw error(column, "expected a number, got '" + t + "'");
            }
            if (!Double.isFinite(v)) {
                throw error(column, "expected a finite number, got '" + t + "'");
            }
            return v;
        }

        /** An ISO date (YYYY-MM-DD), or null when blank. */
        public java.time.LocalDate date(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                throw error(column, "expected a date YYYY-MM-DD, got '" + t + "'");
            }
        }

        /** An error located at this row and column. */
        public InputException error(String column, String problem) {
            return InputException.atColumn(file, line, column, problem);
        }
    }
}
