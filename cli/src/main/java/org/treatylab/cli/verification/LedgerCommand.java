package org.treatylab.cli.verification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code treatylab ledger}: the signed, hash-chained verification ledger. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The verification ledger: declarations, notifications, data exchanges, step-by-step reveals "
                + "and inspections, signed by their parties and verifiable end to end.",
        subcommands = {LedgerKeygen.class, LedgerInit.class, LedgerRegister.class, LedgerToken.class, LedgerWitness.class, LedgerDeclare.class, LedgerNotify.class, LedgerExchange.class,
            LedgerReveal.class, LedgerInspect.class, LedgerVerify.class, LedgerExportCommand.class})
public final class LedgerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String redact(String db) {
        return db.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
