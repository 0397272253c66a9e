package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatylab.cli.Json;
import org.treatylab.cli.TextTable;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.verification.regime.Reveal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger reveal}. */
@Command(name = "reveal", mixinStandardHelpOptions = true,
        description = "Reveal one facility of the latest data exchange: each item with its salt and inclusion proof.")
final class LedgerReveal implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--facility", required = true, paramLabel = "F")
    String facility;

    @Option(names = "--format", defaultValue = "json", description = "json or table")
    org.treatylab.cli.Format format;

    @Override
    public Integer call() throws Exception {
        Party p = writer.party();
        var k = writer.key(ledger);
        try (JdbcLedgerStore store = ledger.openStore()) {
            return Failures.run(true, () -> {
                Reveal r = LedgerOptions.regime(store).reveal(p, k, facility);
                print(spec.commandLine().getOut(), r, format);
                return 0;
            });
        }
    }

    static void print(PrintWriter out, Reveal r, org.treatylab.cli.Format format) {
        if (format != org.treatylab.cli.Format.JSON) {
            out.println(r.party() + " reveals " + r.openings().size() + " items at " + r.facility() + " (entry "
                    + r.seq() + ", exchange of " + r.date() + ")");
            TextTable t = new TextTable("uid", "system", "category", "status", "warheads", "leaf");
            r.openings().forEach(o -> t.row(o.item().uid(), o.item().system(), o.item().category(),
                    o.item().status().label(), o.item().warheads(), o.proof().leafIndex()));
            out.print(format == org.treatylab.cli.Format.CSV ? t.csv() : t.render());
            return;
        }
        out.println(Json.write(org.treatylab.report.LedgerViews.reveal(r)));
    }
}
