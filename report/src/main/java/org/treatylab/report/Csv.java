package org.treatylab.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV text with a header row: missing values blank, cells with a comma, quote or line break quoted (RFC 4180), so
 * the CLI's files and the server's downloads are the same bytes.
 */
public final class Csv {
    private final List<String> header;
    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        this.header = List.of(header);
        line(new ArrayList<>(this.header));
    }

    /** Adds a row; {@code null} cells are blank. */
    public Csv row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + header.size());
        }
        line(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
        return this;
    }

    private void line(List<String> cells) {
        text.append(String.join(",", cells.stream().map(Csv::cell).toList())).append('\n');
    }

    /** One cell, quoted when it must be. */
    public static String cell(String c) {
        boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
        return quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
    }

    public String text() {
        return text.toString();
    }
}
