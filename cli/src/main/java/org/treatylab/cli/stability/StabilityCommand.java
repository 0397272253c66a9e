package org.treatylab.cli.stability;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code treatylab stability}: weapon effects, counterforce exchanges and sweeps over ceilings. */
@Command(name = "stability", mixinStandardHelpOptions = true,
        description = "Counterforce exchanges, survivable forces and first-strike stability.",
        subcommands = {SspkCommand.class, ExchangeCommand.class, SweepCommand.class, TreatyStabilityCommand.class})
public final class StabilityCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
