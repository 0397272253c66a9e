package org.treatylab.cli.verification;

import java.util.concurrent.Callable;
import org.treatylab.cli.UserError;
import org.treatylab.domain.Category;
import org.treatylab.domain.Party;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.verification.declaration.Item;
import org.treatylab.verification.declaration.ItemStatus;
import org.treatylab.verification.declaration.Notification;
import org.treatylab.verification.declaration.NotificationEvent;
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
    public Integer call() throws Exception {
        Party p = writer.party();
        var k = writer.key(ledger);
        try (JdbcLedgerStore store = ledger.openStore()) {
            return Failures.run(true, () -> {
                NotificationEvent e = NotificationEvent.parse(event);
                Item added = null;
                if (e == NotificationEvent.ADD) {
                    if (system == null || category == null || to == null) {
                        throw UserError.badInput("event add needs --system, --category and --to FACILITY");
                    }
                    added = new Item(p, uid, system, Category.parse(category), ItemStatus.parse(status), to, 0);
                }
                Item next = LedgerOptions.regime(store).notify(p, k, new Notification(uid, e, to, added, warheads));
                spec.commandLine().getOut().println(p + " " + next.uid() + ": " + next.status().label() + " at "
                        + next.facility() + ", " + next.warheads() + " warheads (entry " + (store.head().size() - 1) + ")");
                return 0;
            });
        }
    }
}
