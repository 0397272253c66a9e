package org.treatylab.domain.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.treatylab.domain.InputException;

/**
 * A CSV file with a header line: {@code #} comment lines and blank lines are skipped, columns are found by name.
 *
 * <p>Read with Apache Commons CSV: quoted cells ("a, b"), doubled quotes and line breaks inside quoted cells are
 * understood. Every row keeps the 1-based number of the line it starts on so that errors can name it.
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

    /** RFC 4180 with comma separators, quotes, doubled quotes and line breaks inside quoted cells. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).setTrailingData(true).get();

    /**
     * Parses CSV text (read with Apache Commons CSV, so a quoted cell may hold commas, doubled quotes and line
     * breaks, as spreadsheets export notes). A row's line is the line it starts on.
     *
     * @param file the name used in error messages
     */
    public static CsvTable parse(String file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineIndex lines = new LineIndex(body);
        Map<String, Integer> columns = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        int lastLine = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw InputException.atColumn(file, lines.nextContentLine(lastLine), null, problem(e));
                }
                int line = lines.lineOf(record.getCharacterPosition());
                lastLine = (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber());
                List<String> cells = record.toList();
                if (isBlankOrComment(cells)) {
                    continue;
                }
                if (columns == null) {
                    columns = new LinkedHashMap<>();
                    for (int c = 0; c < cells.size(); c++) {
                        String name = cells.get(c).trim().toLowerCase(Locale.ROOT);
                        if (name.isEmpty()) {
                            throw InputException.atColumn(file, line, null, "empty column name in header (column "
                                    + (c + 1) + ")");
                        }
                        if (columns.put(name, c) != null) {
                            throw InputException.atColumn(file, line, name, "column appears twice in the header");
                        }
                    }
                    headerLine = line;
                } else {
                    if (cells.size() > columns.size()) {
                        throw InputException.atColumn(file, line, null,
                                "has " + cells.size() + " cells, the header has " + columns.size());
                    }
                    rows.add(new Row(file, line, cells));
                }
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read CSV: " + e.getMessage());
        }
        if (columns == null) {
            throw new InputException(file + ": no header line (the file is empty or only comments)");
        }
        CsvTable table = new CsvTable(file, Map.copyOf(columns), List.copyOf(rows), headerLine);
        rows.forEach(r -> r.table = table);
        return table;
    }

    /** A line of white space, or one whose first cell starts with {@code #} (a comment line). */
    private static boolean isBlankOrComment(List<String> cells) {
        if (cells.isEmpty() || (cells.size() == 1 && cells.get(0).isBlank())) {
            return true;
        }
        return cells.get(0).stripLeading().startsWith("#");
    }

    private static String problem(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "unterminated quoted cell";
        }
        return "not valid CSV: " + m.replaceAll("\\s+", " ");
    }

    /** Line numbers (1-based) of character positions in a text. */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            int k = Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
            return k >= 0 ? k + 1 : -k - 1;
        }

        /** The first line after the first {@code line} lines that is neither blank nor a comment. */
        int nextContentLine(int line) {
            for (int l = line; l < starts.length; l++) {
                int end = l + 1 < starts.length ? starts[l + 1] : text.length();
                String t = text.substring(starts[l], end);
                if (!t.isBlank() && !t.stripLeading().startsWith("#")) {
                    return l + 1;
                }
            }
            return Math.max(1, line);
        }
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

    /**
     * The largest count a cell may hold: a billion, far above any arsenal (tens of thousands of warheads at the
     * Cold War's peak). Counts are then multiplied (warheads per missile x missiles, at most 10^18) and summed with
     * exact arithmetic, so that no file can overflow a {@code long} into a wrong verdict.
     */
    public static final long MAX_COUNT = 1_000_000_000L;

    /** Control and other invisible characters shown as U+XXXX, so that an error line shows what was there. */
    static String printable(String t) {
        StringBuilder sb = new StringBuilder();
        t.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("U+%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
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

        /** The cell without the spaces and tabs around it (control characters kept, unlike {@link #text}). */
        private String raw(String column) {
            Integer i = table.columns.get(column);
            if (i == null || i >= cells.size()) {
                return "";
            }
            String c = cells.get(i);
            int a = 0;
            int b = c.length();
            while (a < b && (c.charAt(a) == ' ' || c.charAt(a) == '\t')) {
                a++;
            }
            while (b > a && (c.charAt(b - 1) == ' ' || c.charAt(b - 1) == '\t' || c.charAt(b - 1) == '\r')) {
                b--;
            }
            return c.substring(a, b);
        }

        /**
         * A whole number >= 0 of at most {@link #MAX_COUNT}, or null when the cell is blank. Only ASCII digits (with
         * '_' between digit groups) are read: other scripts' digits, signs, padding and control characters are refused,
         * as is a value above the bound (so that sums and products of counts stay exact in a {@code long}).
         */
        public Long count(String column) {
            String t = raw(column);
            if (t.isEmpty()) {
                return null;
            }
            if (t.startsWith("-") && t.length() > 1 && t.substring(1).chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw error(column, "must not be negative, got " + t);
            }
            if (!t.matches("[0-9]+(_[0-9]+)*")) {
                throw error(column, "expected a whole number, got '" + printable(t) + "'");
            }
            String digits = t.replace("_", "");
            if (digits.length() > 18 || Long.parseLong(digits) > MAX_COUNT) {
                throw error(column, "is " + printable(t) + ", above the largest count accepted ("
                        + MAX_COUNT + ")");
            }
            return Long.parseLong(digits);
        }

        /** A whole number >= 0, or {@code dflt} when blank. */
        public long count(String column, long dflt) {
            Long v = count(column);
            return v == null ? dflt : v;
        }

        /** A finite decimal number (ASCII digits, sign, point and exponent), or null when blank. */
        public Double number(String column) {
            String t = raw(column);
            if (t.isEmpty()) {
                return null;
            }
            if (!t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                throw error(column, "expected a number, got '" + printable(t) + "'");
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
