package org.treatylab.cli.negotiation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.treatylab.cli.UserError;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
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

    Scenario load() {
        if (scenario != null) {
            if (domain != null || profiles != null) {
                throw UserError.badInput("give either --scenario or --domain with --profile, not both");
            }
            return resolve(scenario);
        }
        if (domain == null) {
            throw UserError.badInput("missing --domain FILE (or --scenario)");
        }
        if (profiles == null || profiles.size() < 2) {
            throw UserError.badInput("expected at least 2 --profile files, got " + (profiles == null ? 0
                    : profiles.size()));
        }
        return Scenarios.read(domain, profiles);
    }

    /** The notices reading gave (weights normalised, files skipped), one line each, on the error stream. */
    static void printNotices(Scenario s, java.io.PrintWriter err) {
        for (String n : s.notices()) {
            err.println("notice: " + n);
        }
        err.flush();
    }

    /** A folder, or else the name of a shipped scenario. */
    static Scenario resolve(String dirOrName) {
        Path p = Path.of(dirOrName);
        if (Files.isDirectory(p)) {
            return Scenarios.readFolder(p);
        }
        if (Scenarios.shippedNames().contains(dirOrName)) {
            return Scenarios.shipped(dirOrName);
        }
        throw UserError.badInput(dirOrName + ": not a folder nor a shipped scenario ("
                + String.join(", ", Scenarios.shippedNames()) + ")");
    }
}
