package org.treatylab.app.negotiation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatylab.domain.InputException;
import org.treatylab.negotiation.io.FileText;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.io.Scenarios;
import org.treatylab.negotiation.model.Domain;

/**
 * Reads the scenario a reference names, checking an upload's files and size before the engine reads them: the
 * domain alone first, since reading profiles allocates a table per issue value.
 */
final class ScenarioLoader {
    private ScenarioLoader() {
    }

    static Scenario load(NegotiationScenarioRef ref, long maxOutcomes) {
        if (ref instanceof NegotiationScenarioRef.Shipped s) {
            if (!Scenarios.shippedNames().contains(s.name())) {
                throw InputException.notFound("no shipped scenario '" + s.name() + "' (shipped: "
                        + String.join(", ", Scenarios.shippedNames()) + ")");
            }
            return Scenarios.shipped(s.name());
        }
        if (ref instanceof NegotiationScenarioRef.Upload u) {
            return upload(u, maxOutcomes);
        }
        if (ref instanceof NegotiationScenarioRef.Files f) {
            if (f.profiles().size() < 2) {
                throw new InputException("expected at least 2 --profile files, got " + f.profiles().size());
            }
            return Engine.call(() -> Scenarios.read(f.domain(), f.profiles()));
        }
        String value = ((NegotiationScenarioRef.FolderOrName) ref).value();
        Path p = Path.of(value);
        if (Files.isDirectory(p)) {
            return Engine.call(() -> Scenarios.readFolder(p));
        }
        if (Scenarios.shippedNames().contains(value)) {
            return Scenarios.shipped(value);
        }
        throw new InputException(value + ": not a folder nor a shipped scenario ("
                + String.join(", ", Scenarios.shippedNames()) + ")");
    }

    private static Scenario upload(NegotiationScenarioRef.Upload u, long maxOutcomes) {
        String prefix = u.field() == null ? "" : u.field();
        FileText domain = file(prefix + "domain", u.domain());
        if (u.profiles().size() < 2 || u.profiles().size() > NegotiationLimits.MAX_PROFILES) {
            throw new InputException("field '" + prefix + "profiles' must be an array of 2 to "
                    + NegotiationLimits.MAX_PROFILES + " files");
        }
        List<FileText> profiles = new ArrayList<>();
        for (int i = 0; i < u.profiles().size(); i++) {
            profiles.add(file(prefix + "profiles[" + i + "]", u.profiles().get(i)));
        }
        Domain d = Engine.call(() -> Scenarios.readDomain(domain));
        if (d.outcomeCount() > maxOutcomes) {
            throw new InputException(domain.name() + ": domain '" + d.name() + "' has " + count(d) + " outcomes; the "
                    + "server takes at most " + maxOutcomes + " here (the CLI takes larger scenarios)");
        }
        return Engine.call(() -> Scenarios.read(domain, profiles));
    }

    private static FileText file(String field, UploadedFile f) {
        String name = f.name().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xml") && !lower.endsWith(".json")) {
            throw new InputException("field '" + field + ".name' must end in .xml (GENIUS) or .json (GeniusWeb), "
                    + "got '" + name + "'");
        }
        if (f.text().isBlank()) {
            throw new InputException("field '" + field + ".text' is required");
        }
        return new FileText(name, f.text());
    }

    private static String count(Domain d) {
        return d.outcomeCount() == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(d.outcomeCount());
    }
}
