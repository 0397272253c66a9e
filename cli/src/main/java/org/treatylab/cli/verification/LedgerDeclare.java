package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger declare}. */
@Command(name = "declare", mixinStandardHelpOptions = true,
        description = "Declare items (CSV: uid,system,category,status,facility,warheads), each committed with a "
                + "fresh salt, in one signed batch.")
final class LedgerDeclare implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--items", required = true, paramLabel = "FILE")
    Path items;

    @Override
    public Integer call() throws Exception {
        Party p = writer.party();
        List<Item> declared = ItemsCsv.read(items, p);
        var k = writer.key(ledger);
        try (JdbcLedgerStore store = ledger.openStore()) {
            return Failures.run(true, () -> {
                long first = store.head().size();
                LedgerOptions.regime(store).declare(p, k, declared);
                spec.commandLine().getOut().println("declared " + declared.size() + " items of " + p + " (entries "
                        + first + ".." + (first + declared.size() - 1) + ")");
                return 0;
            });
        }
    }
}
