package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.RevealView;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.TextTable;
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
    Format format;

    @Override
    public Integer call() {
        try (LedgerDoor door = ledger.open()) {
            print(spec.commandLine().getOut(), door.reveal(writer.party(), writer.key, writer.nonce(), facility), format);
            return 0;
        }
    }

    static void print(PrintWriter out, RevealView r, Format format) {
        if (format != Format.JSON) {
            out.println(r.party() + " reveals " + r.openings().size() + " items at " + r.facility() + " (entry "
                    + r.entry() + ", exchange of " + r.date() + ")");
            TextTable t = new TextTable("uid", "system", "category", "status", "warheads", "leaf");
            r.openings().forEach(o -> t.row(o.uid(), o.system(), o.category(), o.status(), o.warheads(), o.index()));
            out.print(format == Format.CSV ? t.csv() : t.render());
            return;
        }
        Output.json(out, r);
    }
}
