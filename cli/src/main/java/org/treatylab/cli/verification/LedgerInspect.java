package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.FindingView;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.cli.common.Format;
import org.treatylab.cli.common.Output;
import org.treatylab.cli.common.Values;
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
    Format format;

    @Override
    public Integer call() {
        try (LedgerDoor door = ledger.open()) {
            FindingView f = door.inspect(writer.party(), writer.key, writer.nonce(), Values.party(of), facility, found);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                Output.json(out, f);
            } else {
                out.println(f.inspector() + " inspected " + f.of() + " at " + f.facility() + ": " + f.verdict()
                        + " (" + f.revealed() + " revealed, " + f.found() + " found; entry " + f.entry() + ")");
                f.issues().forEach(i -> out.println("  " + i));
            }
            return f.consistent() ? 0 : 1;
        }
    }
}
