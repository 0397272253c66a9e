package org.treatylab.talks.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.treatylab.domain.InputException;

/** Shipped talks scenarios ({@code start-2009}) and lookup by name or file. */
public final class Scenarios {
    public static final List<String> SHIPPED = List.of("start-2009", "after-new-start-2026");
    private static final String DIR = "/org/treatylab/talks/scenarios/";

    private Scenarios() {
    }

    /** A shipped scenario's text, for users to copy. */
    public static Optional<String> sourceText(String name) {
        if (!SHIPPED.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Scenarios.class.getResourceAsStream(DIR + name + ".scenario")) {
            if (in == null) {
                throw new IllegalStateException("shipped scenario missing from the jar: " + name);
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shipped scenario by name, or a scenario file; a relative {@code postures} path in a file is resolved
     * against the file's folder.
     */
    public static Scenario resolve(String nameOrFile) {
        Optional<String> shipped = sourceText(nameOrFile);
        if (shipped.isPresent()) {
            return ScenarioReader.parse(nameOrFile + ".scenario", shipped.get());
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw new InputException(nameOrFile + ": not a shipped scenario " + SHIPPED + " nor a readable file");
        }
        Scenario s = ScenarioReader.parse(p.toString(), org.treatylab.domain.io.TextFiles.read(p));
        Path dir = p.toAbsolutePath().getParent();
        java.util.Map<org.treatylab.domain.Party, Delegation> dels = new java.util.LinkedHashMap<>();
        for (Delegation d : s.delegations().values()) {
            dels.put(d.party(), d.posture() == null ? d : new Delegation(d.party(), d.agent(), local(dir, d.posture()),
                    d.weights(), d.rankings(), d.parameters(), d.projection(), d.capacities(), d.ratification()));
        }
        return s.withPostures(local(dir, s.postures()), dels);
    }

    /** A posture path relative to the scenario's folder when such a file exists, else the name as given. */
    private static String local(Path dir, String posture) {
        Path candidate = dir.resolve(posture);
        return Files.isRegularFile(candidate) ? candidate.toString() : posture;
    }

}
