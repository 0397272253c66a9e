package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.Json;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.Stores;
import org.treatylab.verification.ledger.BatchHeader;
import org.treatylab.verification.ledger.Entry;
import org.treatylab.verification.merkle.Hex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger export}: every entry's public part and every signed batch, as JSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the public ledger (entries and signed batches; never private parts) as json or csv.")
final class LedgerExport implements Callable<Integer> {
    /** Export formats. */
    enum ExportFormat { JSON, CSV }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL")
    String db;

    @Option(names = "--format", defaultValue = "json", description = "json or csv")
    ExportFormat format;

    @Override
    public Integer call() {
        try (JdbcLedgerStore store = Stores.open(db, false)) {
            List<Entry> entries = new ArrayList<>();
            store.scan(0, entries::add);
            PrintWriter out = spec.commandLine().getOut();
            if (format == ExportFormat.CSV) {
                out.println("seq,party,kind,time,prev_hash,hash,payload");
                for (Entry e : entries) {
                    out.println(e.seq() + "," + e.party() + "," + e.kind().label() + "," + e.time() + ","
                            + Hex.of(e.prevHash()) + "," + Hex.of(e.hash()) + "," + quote(e.payload().encode()));
                }
                return 0;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries", entries.stream().map(LedgerExport::entry).toList());
            m.put("batches", store.batches().stream().map(LedgerExport::batch).toList());
            out.println(Json.write(m));
            return 0;
        }
    }

    private static Map<String, Object> entry(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("party", e.party().code());
        m.put("kind", e.kind().label());
        m.put("time", e.time().toString());
        m.put("prev_hash", Hex.of(e.prevHash()));
        m.put("hash", Hex.of(e.hash()));
        m.put("payload", e.payload().asMap());
        return m;
    }

    private static Map<String, Object> batch(BatchHeader b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", b.number());
        m.put("party", b.party().code());
        m.put("first_seq", b.firstSeq());
        m.put("last_seq", b.lastSeq());
        m.put("tree_size", b.treeSize());
        m.put("root", Hex.of(b.root()));
        m.put("time", b.time().toString());
        m.put("consistency_from", b.consistency().oldSize());
        m.put("consistency_proof", b.consistency().hexPath());
        m.put("signature", Hex.of(b.signature()));
        return m;
    }

    /** RFC 4180 quoting: payloads span lines. */
    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
