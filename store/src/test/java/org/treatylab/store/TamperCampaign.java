package org.treatylab.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.treatylab.domain.ErrorKind;
import org.treatylab.domain.Party;
import org.treatylab.verification.VerificationException;
import org.treatylab.verification.ledger.Fields;
import org.treatylab.verification.ledger.LedgerStore;
import org.treatylab.verification.ledger.LedgerVerifier;
import org.treatylab.verification.regime.RegimeChecks;
import org.treatylab.verification.signing.Ed25519;

/**
 * Mutates a stored SQLite ledger one byte at a time — every column of every row of every ledger table, and every row
 * deleted — and runs {@code ledger verify} (full access) after each mutation. A mutation the verifier does not detect
 * must leave the ledger's meaning unchanged: what the store reads back, parsed, equals the original. Every outcome
 * is counted by column.
 *
 * <p>A byte is replaced by a plausible neighbour (a digit by the next digit, a hex letter by the next hex letter,
 * another letter by the next letter, anything else by 'x') and, for letters, also by the other case. Columns up to
 * {@code every} characters are mutated at every position; longer ones at position 0, the last position and
 * {@code sampled} seeded positions.
 */
final class TamperCampaign {
    static final List<String> TABLES = List.of("parties", "batches", "entries", "private_parts", "nonces");

    /** Counts for one column. */
    static final class Tally {
        int mutations;
        int detected;
        int refused;
        int unchangedMeaning;
        final List<String> undetected = new ArrayList<>();
        final Map<String, Integer> checks = new TreeMap<>();
        String unchangedExample;
    }

    private final String url;
    private final LedgerStore store;
    private final String original;
    final Map<String, Tally> byColumn = new LinkedHashMap<>();
    final List<String> unclean = new ArrayList<>();

    TamperCampaign(String url, LedgerStore store) {
        this.url = url;
        this.store = store;
        this.original = meaning();
    }

    void run(int every, int sampled, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = OFF");
            }
            for (String table : TABLES) {
                List<Map<String, Object>> rows = rows(c, table);
                for (Map<String, Object> row : rows) {
                    for (Map.Entry<String, Object> col : row.entrySet()) {
                        if (col.getKey().equals("rowid") || col.getValue() == null) {
                            continue;
                        }
                        String text = col.getValue().toString();
                        for (int pos : positions(text, every, sampled, random)) {
                            for (String changed : variants(text, pos)) {
                                Object value = col.getValue() instanceof Number ? parseNumber(changed) : changed;
                                if (value == null) {
                                    continue;
                                }
                                attempt(c, table, col.getKey(), row, value);
                            }
                        }
                    }
                    delete(c, table, row);
                }
            }
        }
    }

    private static Object parseNumber(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Integer> positions(String text, int every, int sampled, SplittableRandom random) {
        int n = text.getBytes(StandardCharsets.UTF_8).length;
        List<Integer> out = new ArrayList<>();
        if (n <= every) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        out.add(0);
        out.add(n - 1);
        for (int i = 0; i < sampled; i++) {
            out.add(1 + random.nextInt(n - 2));
        }
        return out;
    }

    /** The text with the byte at {@code pos} replaced by a plausible neighbour, and by the other case for a letter. */
    static List<String> variants(String text, int pos) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int c = b[pos] & 0xff;
        List<Integer> repl = new ArrayList<>();
        if (c >= '0' && c <= '9') {
            repl.add('0' + (c - '0' + 1) % 10);
        } else if (c >= 'a' && c <= 'f') {
            repl.add(c == 'f' ? (int) 'a' : c + 1);
            repl.add(Character.toUpperCase(c));
        } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            boolean upper = c <= 'Z';
            int base = upper ? 'A' : 'a';
            repl.add(base + (c - base + 1) % 26);
            repl.add(upper ? Character.toLowerCase(c) : Character.toUpperCase(c));
        } else {
            repl.add(c == 'x' ? (int) 'y' : (int) 'x');
        }
        List<String> out = new ArrayList<>();
        for (int r : repl) {
            byte[] m = b.clone();
            m[pos] = (byte) r;
            out.add(new String(m, StandardCharsets.UTF_8));
        }
        return out;
    }

    private void attempt(Connection c, String table, String column, Map<String, Object> row, Object value)
            throws SQLException {
        Tally t = byColumn.computeIfAbsent(table + "." + column, k -> new Tally());
        t.mutations++;
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?")) {
            p.setObject(1, value);
            p.setObject(2, row.get("rowid"));
            p.executeUpdate();
        } catch (SQLException e) {
            t.refused++;
            return;
        }
        try {
            judge(t, table + "." + column + " of row " + row.get("rowid") + " = '" + value + "'");
        } finally {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?")) {
                p.setObject(1, row.get(column));
                p.setObject(2, row.get("rowid"));
                p.executeUpdate();
            }
        }
    }

    private void delete(Connection c, String table, Map<String, Object> row) throws SQLException {
        Tally t = byColumn.computeIfAbsent(table + " (row deleted)", k -> new Tally());
        t.mutations++;
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
            p.setObject(1, row.get("rowid"));
            p.executeUpdate();
        } catch (SQLException e) {
            t.refused++;
            return;
        }
        try {
            judge(t, table + " row " + row.get("rowid") + " deleted");
        } finally {
            List<String> cols = new ArrayList<>(row.keySet());
            String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                    + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < cols.size(); i++) {
                    p.setObject(i + 1, row.get(cols.get(i)));
                }
                p.executeUpdate();
            }
        }
    }

    private void judge(Tally t, String what) {
        try {
            LedgerVerifier.verify(store, new RegimeChecks(), null);
        } catch (VerificationException e) {
            if (e.kind() != ErrorKind.CONFLICT) {
                unclean.add(what + ": " + e.kind() + " " + e.getMessage());
            }
            t.detected++;
            String m = e.getMessage().replaceFirst("^entry \\d+: ", "");
            String check = m.contains(":") ? m.substring(0, m.indexOf(':')) : m;
            t.checks.merge(check.replaceAll("\\d+", "N"), 1, Integer::sum);
            return;
        } catch (RuntimeException e) {
            unclean.add(what + ": " + e);
            return;
        }
        String now;
        try {
            now = meaning();
        } catch (RuntimeException e) {
            t.undetected.add(what + " (verify passed, but the store no longer reads it: " + e.getMessage() + ")");
            return;
        }
        if (now.equals(original)) {
            t.unchangedMeaning++;
            t.unchangedExample = what;
        } else {
            t.undetected.add(what);
        }
    }

    /** The ledger as the store reads it back, each value parsed: what the mutation may not change undetected. */
    private String meaning() {
        StringBuilder sb = new StringBuilder();
        store.scan(0, e -> sb.append(new String(e.canonicalBytes(), StandardCharsets.UTF_8)).append('|')
                .append(org.treatylab.verification.merkle.Hex.of(e.hash())).append('\n'));
        store.batches().forEach(b -> sb.append(b.number()).append(b.party()).append(b.firstSeq()).append(b.lastSeq())
                .append(b.treeSize()).append(org.treatylab.verification.merkle.Hex.of(b.root())).append(b.time())
                .append(b.consistency().oldSize()).append(b.consistency().hexPath())
                .append(org.treatylab.verification.merkle.Hex.of(b.signature())).append('\n'));
        store.partyRows().forEach(r -> sb.append(Party.parse(r.code())).append(
                org.treatylab.verification.merkle.Hex.of(Ed25519.parsePublic(r.publicKey()).getEncoded()))
                .append(r.tokenSha256().toLowerCase(java.util.Locale.ROOT)).append(java.time.Instant.parse(
                        r.registeredAt())).append('\n'));
        store.privateParts(0, Integer.MAX_VALUE).forEach(r -> sb.append(r.seq()).append(Party.parse(r.party()))
                .append(Fields.decode(r.payload()).encode()).append('\n'));
        store.nonces().forEach(r -> sb.append(Party.parse(r.party())).append(r.nonce()).append(r.seq()).append('\n'));
        store.entryLinks(0, Integer.MAX_VALUE).forEach(l -> sb.append(l.seq()).append(':').append(l.batch()).append('\n'));
        return sb.toString();
    }

    private static List<Map<String, Object>> rows(Connection c, String table) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid, * FROM " + table
                + " ORDER BY rowid")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** The table by column, as Markdown. */
    String table() {
        StringBuilder sb = new StringBuilder("| column | mutations | detected | refused by the database | meaning unchanged "
                + "| undetected meaning change | checks that caught them |\n|---|---|---|---|---|---|---|\n");
        byColumn.forEach((col, t) -> sb.append("| ").append(col).append(" | ").append(t.mutations).append(" | ")
                .append(t.detected).append(" | ").append(t.refused).append(" | ").append(t.unchangedMeaning)
                .append(" | ").append(t.undetected.size()).append(" | ").append(t.checks).append(" |\n"));
        return sb.toString();
    }
}
