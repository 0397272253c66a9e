package org.treatylab.cli.verification;

import java.util.concurrent.Callable;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.Notified;
import org.treatylab.domain.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger notify}. */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = "Notify one change to one item; impossible changes are rejected with the reason (exit 2).")
final class LedgerNotify implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOptions ledger;

    @Mixin
    WriterOptions writer;

    @Option(names = "--uid", required = true, paramLabel = "U")
    String uid;

    @Option(names = "--event", required = true, paramLabel = "E",
            description = "add, deploy, store, move, convert or eliminate")
    String event;

    @Option(names = "--to", paramLabel = "FACILITY", description = "new facility (move; the facility of an added item)")
    String to;

    @Option(names = "--warheads", paramLabel = "N", description = "warheads emplaced (deploy)")
    Long warheads;

    @Option(names = "--system", paramLabel = "S", description = "system of an added item")
    String system;

    @Option(names = "--category", paramLabel = "C", description = "category of an added item")
    String category;

    @Option(names = "--status", paramLabel = "S", defaultValue = "non_deployed",
            description = "status of an added item: non_deployed (default) or test")
    String status;

    @Override
    public Integer call() {
        if ("add".equalsIgnoreCase(event.trim()) && (system == null || category == null || to == null)) {
            throw new InputException("event add needs --system, --category and --to FACILITY");
        }
        try (LedgerDoor door = ledger.open()) {
            Notified n = door.notify(writer.party(), writer.key, writer.nonce(), new LedgerDoor.NotifyRequest(uid, event, to, warheads,
                    system, category, status));
            spec.commandLine().getOut().println(writer.party() + " " + n.item().uid() + ": " + n.item().status()
                    + " at " + n.item().facility() + ", " + n.item().warheads() + " warheads (entry " + n.entry() + ")");
            return 0;
        }
    }
}
