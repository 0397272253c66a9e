package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.cli.Json;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemsCsv;
import org.treatylab.verification.regime.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger inspect}. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "As the inspecting party, compare the items found at a facility (items CSV) with what the "
                + "other party revealed there, check every opening, and record the finding. Exit 0 when "
                + "consistent, 1 when there are discrepancies (the finding is recorded either way).")
final class LedgerInspect implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--of", required = true, paramLabel = "P", description = "the inspected party")
    String of;

    @Option(names = "--facility", required = true, paramLabel = "F")
    String facility;

    @Option(names = "--found", required = true, paramLabel = "FILE", description = "items CSV of what was found")
    Path found;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    org.treatylab.cli.Format format;

    @Override
    public Integer call() throws Exception {
        Party inspector = writer.party();
        Party inspected = LedgerOptions.party(of);
        List<Item> items = ItemsCsv.read(found, inspected);
        var k = writer.key(ledger);
        try (JdbcLedgerStore store = ledger.openStore()) {
            return Failures.run(false, () -> {
                Finding f = LedgerOptions.regime(store).inspect(inspector, k, inspected, facility, items);
                PrintWriter out = spec.commandLine().getOut();
                if (format == org.treatylab.cli.Format.JSON) {
                    out.println(Json.write(org.treatylab.report.LedgerViews.finding(f)));
                } else {
                    out.println(f.inspector() + " inspected " + f.of() + " at " + f.facility() + ": " + f.verdict()
                            + " (" + f.revealed() + " revealed, " + f.found() + " found; entry " + f.seq() + ")");
                    f.issues().forEach(i -> out.println("  " + i));
                }
                return f.consistent() ? 0 : 1;
            });
        }
    }
}
