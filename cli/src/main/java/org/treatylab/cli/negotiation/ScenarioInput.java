package org.treatylab.cli.negotiation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.domain.InputException;
import picocli.CommandLine.Option;

/** Where a scenario comes from: a domain file and profile files, or a scenario folder or shipped scenario name. */
final class ScenarioInput {
    @Option(names = "--domain", paramLabel = "FILE", description = "GENIUS domain XML or GeniusWeb domain JSON")
    Path domain;

    @Option(names = "--profile", paramLabel = "FILE", description = "a profile file, once per party in turn order")
    List<Path> profiles;

    @Option(names = "--scenario", paramLabel = "DIR|NAME",
            description = "instead of --domain/--profile: a folder with one domain and its profiles, or a shipped "
                    + "scenario (lease-genius, lease-geniusweb, grid-nonlinear)")
    String scenario;

    NegotiationScenarioRef ref() {
        if (scenario != null) {
            if (domain != null || profiles != null) {
                throw new InputException("give either --scenario or --domain with --profile, not both");
            }
            return new NegotiationScenarioRef.FolderOrName(scenario);
        }
        if (domain == null) {
            throw new InputException("missing --domain FILE (or --scenario)");
        }
        if (profiles == null || profiles.size() < 2) {
            throw new InputException("expected at least 2 --profile files, got " + (profiles == null ? 0
                    : profiles.size()));
        }
        return new NegotiationScenarioRef.Files(domain, profiles);
    }

    /** The notices reading gave (weights normalised, files skipped), one line each, on the error stream. */
    static void printNotices(List<String> notices, PrintWriter err) {
        for (String n : notices) {
            err.println("notice: " + n);
        }
        err.flush();
    }
}
