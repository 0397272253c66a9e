package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.Party;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.verification.regime.ExchangeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger exchange}. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Six-monthly data exchange: snapshot the party's items, sign the snapshot root and record "
                + "the treaty aggregates counted from the items.")
final class LedgerExchange implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Option(names = "--treaty", defaultValue = "new-start", paramLabel = "ID", description = "a shipped treaty id")
    String treaty;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    org.treatylab.cli.Format format;

    @Override
    public Integer call() throws Exception {
        Party p = writer.party();
        Treaty t = Treaties.byId(treaty).orElseThrow(() -> UserError.badInput("--treaty: unknown treaty '" + treaty
                + "' (shipped: " + Treaties.SHIPPED_IDS + ")"));
        var k = writer.key(ledger);
        try (JdbcLedgerStore store = ledger.openStore()) {
            return Failures.run(true, () -> {
                ExchangeRecord x = LedgerOptions.regime(store).exchange(p, k, t, date);
                Map<String, Object> m = org.treatylab.report.LedgerViews.exchange(x);
                PrintWriter out = spec.commandLine().getOut();
                if (format == org.treatylab.cli.Format.JSON) {
                    out.println(Json.write(m));
                } else {
                    out.println(p + " data exchange of " + date + " (entry " + x.seq() + "): " + x.exchange().items().size()
                            + " items, snapshot root " + m.get("snapshot_root"));
                    TextTable table = new TextTable("quantity", "counted");
                    x.exchange().aggregates().forEach(table::row);
                    out.print(table.render());
                }
                return 0;
            });
        }
    }
}
