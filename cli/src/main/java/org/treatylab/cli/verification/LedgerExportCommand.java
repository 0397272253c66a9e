package org.treatylab.cli.verification;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.LedgerExport;
import org.treatylab.cli.common.Output;
import org.treatylab.report.LedgerCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger export}: every entry's public part and every signed batch, as JSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the public ledger (entries and signed batches; never private parts) as json or csv.")
final class LedgerExportCommand implements Callable<Integer> {
    /** Export formats. */
    enum ExportFormat { JSON, CSV }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|JDBC-URL")
    String db;

    @Option(names = "--format", defaultValue = "json", description = "json or csv")
    ExportFormat format;

    @Override
    public Integer call() {
        try (LedgerDoor door = LedgerDoor.open(db, null)) {
            LedgerExport export = door.export();
            PrintWriter out = spec.commandLine().getOut();
            if (format == ExportFormat.CSV) {
                out.print(LedgerCsv.of(export));
                return 0;
            }
            Output.json(out, export);
            return 0;
        }
    }
}
