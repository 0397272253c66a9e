package org.treatylab.report;

import org.treatylab.app.ledger.EntryView;
import org.treatylab.app.ledger.LedgerExport;

/**
 * The public ledger as CSV, one row per entry; the payload is written as the ledger's canonical text
 * ({@code key=value} lines, backslash and line break escaped) and always quoted (it spans lines).
 */
public final class LedgerCsv {
    private LedgerCsv() {
    }

    public static String of(LedgerExport export) {
        StringBuilder sb = new StringBuilder("seq,party,kind,time,prev_hash,hash,payload\n");
        for (EntryView e : export.entries()) {
            sb.append(e.seq()).append(',').append(e.party()).append(',').append(e.kind()).append(',').append(e.time())
                    .append(',').append(e.prevHash()).append(',').append(e.hash()).append(',')
                    .append(quote(payload(e))).append('\n');
        }
        return sb.toString();
    }

    private static String payload(EntryView e) {
        StringBuilder sb = new StringBuilder();
        e.payload().forEach((k, v) -> sb.append(k).append('=').append(v.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n'));
        return sb.toString();
    }

    /** RFC 4180 quoting. */
    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
