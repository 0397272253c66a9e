package org.treatylab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code treatylab} command: lists its subcommands. */
@Command(name = "treatylab", mixinStandardHelpOptions = true, version = "TreatyLab 0.1.0",
        description = "An open workbench for US-Russia strategic arms control.",
        subcommands = {org.treatylab.cli.foundation.TreatiesCommand.class,
            org.treatylab.cli.foundation.TreatyCommand.class, org.treatylab.cli.foundation.CatalogueCommand.class,
            org.treatylab.cli.foundation.PostureCommand.class, org.treatylab.cli.foundation.CountCommand.class,
            org.treatylab.cli.foundation.ComplianceCommand.class, org.treatylab.cli.serve.ServeCommand.class,
            org.treatylab.cli.stability.StabilityCommand.class,
            org.treatylab.cli.verification.VerifyCommand.class, org.treatylab.cli.verification.LedgerCommand.class,
            org.treatylab.cli.negotiation.NegotiateCommand.class, org.treatylab.cli.negotiation.AnalyzeCommand.class,
            org.treatylab.cli.negotiation.TournamentCommand.class, org.treatylab.cli.talks.TalksCommand.class,
            org.treatylab.cli.sweep.SweepCommand.class})
public final class TreatyLabCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
