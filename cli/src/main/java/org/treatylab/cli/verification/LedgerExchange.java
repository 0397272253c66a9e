package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.ExchangeView;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
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
    Format format;

    @Override
    public Integer call() {
        try (LedgerDoor door = ledger.open()) {
            ExchangeView x = door.exchange(writer.party(), writer.key, writer.nonce(), treaty, date);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                Output.json(out, x);
            } else {
                out.println(x.party() + " data exchange of " + x.date() + " (entry " + x.entry() + "): " + x.items()
                        + " items, snapshot root " + x.snapshotRoot());
                TextTable table = new TextTable("quantity", "counted");
                x.aggregates().forEach(table::row);
                out.print(table.render());
            }
            return 0;
        }
    }
}
