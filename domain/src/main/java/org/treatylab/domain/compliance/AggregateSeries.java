package org.treatylab.domain.compliance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.io.CsvTable;

/**
 * Published aggregate numbers over time, e.g. the New START data exchanges.
 *
 * <p>Columns: {@code as_of}, {@code status}, and {@code <party>_<code>} where code is {@code dv}
 * (deployed-launchers), {@code wh} (warheads), {@code l} (total-launchers) or a limit id itself; optional
 * {@code note} and {@code source} (where the row's figures were seen) are kept as text.
 */
public final class AggregateSeries {
    /** Shipped series names. */
    public static final java.util.List<String> SHIPPED = java.util.List.of("new-start-aggregates", "sort-declarations");
    private static final Map<String, String> CODES = Map.of("dv", "deployed-launchers", "wh", "warheads",
            "l", "total-launchers");

    private final String file;
    private final List<Row> rows;
    private final Set<Party> parties;
    private final Set<String> columns;
    private final Map<String, Column> byName;

    private AggregateSeries(String file, List<Row> rows, Set<Party> parties, Set<String> columns,
            Map<String, Column> byName) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.parties = Set.copyOf(parties);
        this.columns = Set.copyOf(columns);
        this.byName = Map.copyOf(byName);
    }

    public static AggregateSeries read(Path path) {
        return read(CsvTable.read(path));
    }

    /** A shipped series by name ({@code new-start-aggregates}), if there is one. */
    public static java.util.Optional<AggregateSeries> shipped(String name) {
        String n = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        if (!SHIPPED.contains(n)) {
            return java.util.Optional.empty();
        }
        try (java.io.InputStream in = AggregateSeries.class.getResourceAsStream(
                "/org/treatylab/domain/data/series/" + n + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("shipped series missing from the jar: " + n);
            }
            return java.util.Optional.of(parse(n + ".csv",
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static AggregateSeries parse(String name, String text) {
        return read(CsvTable.parse(name, text));
    }

    private static AggregateSeries read(CsvTable t) {
        t.requireColumns("as_of");
        Map<String, Column> cols = new HashMap<>();
        Set<Party> parties = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : t.columnNames()) {
            if (name.equals("as_of") || name.equals("status") || name.equals("note") || name.equals("source")) {
                continue;
            }
            int us = name.indexOf('_');
            if (us <= 0 || us == name.length() - 1) {
                throw new InputException(t.file() + ": column '" + name
                        + "' is not '<party>_<code>' (e.g. us_wh, ru_dv, us_sndv)");
            }
            Party p;
            try {
                p = Party.parse(name.substring(0, us));
            } catch (IllegalArgumentException e) {
                throw new InputException(t.file() + ": column '" + name + "': " + e.getMessage());
            }
            String code = name.substring(us + 1);
            String limitId = CODES.getOrDefault(code, code);
            cols.put(name, new Column(p, limitId));
            parties.add(p);
            keys.add(key(p, limitId));
        }
        List<Row> rows = new ArrayList<>();
        LocalDate previous = null;
        for (CsvTable.Row r : t.rows()) {
            LocalDate d = r.date("as_of");
            if (d == null) {
                throw r.error("as_of", "is empty (a date is required)");
            }
            if (previous != null && d.isBefore(previous)) {
                throw r.error("as_of", "dates out of order: " + d + " after " + previous);
            }
            previous = d;
            Map<String, Long> values = new HashMap<>();
            for (Map.Entry<String, Column> c : cols.entrySet()) {
                Long v = r.count(c.getKey());
                if (v != null) {
                    values.put(key(c.getValue().party(), c.getValue().limitId()), v);
                }
            }
            rows.add(new Row(d, r.isBlank("status") ? "" : r.text("status"), values, r.line(),
                    r.isBlank("source") ? "" : r.text("source")));
        }
        return new AggregateSeries(t.file(), rows, parties, keys, cols);
    }

    private static String key(Party p, String limitId) {
        return p.code() + "/" + limitId;
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean covers(Party p) {
        return parties.contains(p);
    }

    public boolean hasColumn(Party p, String limitId) {
        return columns.contains(key(p, limitId));
    }

    /**
     * Fails naming the first value column that is not {@code <party>_<limit>} for one of {@code parties} and one of
     * {@code limitIds} (a misspelt column would otherwise be left out of the comparison without a word).
     */
    public void requireColumnsOf(String treatyId, java.util.Collection<Party> parties,
            java.util.Collection<String> limitIds) {
        for (String name : new java.util.TreeSet<>(byName.keySet())) {
            Column c = byName.get(name);
            if (!parties.contains(c.party()) || !limitIds.contains(c.limitId())) {
                throw new InputException(file + ": column '" + name + "' names no limit of a party of " + treatyId
                        + " (parties " + parties + "; limits " + limitIds + ", or the codes dv, wh, l)");
            }
        }
    }

    private record Column(Party party, String limitId) {
    }

    /**
     * One dated row; {@code status} is the source's flag ({@code V} = confirmed).
     *
     * @param source where the row's figures were seen, or "" when the file does not say
     */
    public record Row(LocalDate asOf, String status, Map<String, Long> values, int line, String source) {
        public Row {
            values = Map.copyOf(values);
            source = source == null ? "" : source;
        }

        /** The number for a party and limit, or null when blank or absent. */
        public Long value(Party p, String limitId) {
            return values.get(key(p, limitId));
        }

        public boolean confirmed() {
            return "V".equals(status);
        }
    }
}
