package org.treatylab.cli.verification;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.Declared;
import org.treatylab.app.ledger.LedgerDoor;
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
    public Integer call() {
        try (LedgerDoor door = ledger.open()) {
            Declared d = door.declare(writer.party(), writer.key, writer.nonce(), items);
            spec.commandLine().getOut().println("declared " + d.declared() + " items of " + d.party() + " (entries "
                    + d.firstEntry() + ".." + d.lastEntry() + ")");
            return 0;
        }
    }
}
