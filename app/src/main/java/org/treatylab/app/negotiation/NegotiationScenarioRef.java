package org.treatylab.app.negotiation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** How a request names a negotiation scenario: a domain and one profile per party. */
public sealed interface NegotiationScenarioRef {
    /**
     * A shipped scenario; unknown names are NOT_FOUND.
     *
     * @param field the request field that named it, for messages
     */
    record Shipped(String name, String field) implements NegotiationScenarioRef {
        public Shipped {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Uploaded files.
     *
     * @param field the prefix of the fields that hold them ({@code ""} or {@code "scenarios[0]."}), for messages
     */
    record Upload(UploadedFile domain, List<UploadedFile> profiles, String field) implements NegotiationScenarioRef {
        public Upload {
            Objects.requireNonNull(domain, "domain");
            profiles = List.copyOf(profiles);
        }
    }

    /** A domain file and profile files (the command line's {@code --domain}, {@code --profile}). */
    record Files(Path domain, List<Path> profiles) implements NegotiationScenarioRef {
        public Files {
            Objects.requireNonNull(domain, "domain");
            profiles = List.copyOf(profiles);
        }
    }

    /** A folder with one domain and its profiles, or else a shipped name (the command line's {@code --scenario}). */
    record FolderOrName(String value) implements NegotiationScenarioRef {
        public FolderOrName {
            Objects.requireNonNull(value, "value");
        }
    }
}
