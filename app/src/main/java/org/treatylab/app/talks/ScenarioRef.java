package org.treatylab.app.talks;

import java.util.Objects;

/** How a request names a talks scenario. */
public sealed interface ScenarioRef {
    /** A shipped scenario by id; unknown ids are NOT_FOUND. */
    record Shipped(String id) implements ScenarioRef {
        public Shipped {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A scenario file, or else a shipped id (the command line's {@code SCENARIO}). */
    record NameOrFile(String value) implements ScenarioRef {
        public NameOrFile {
            Objects.requireNonNull(value, "value");
        }
    }
}
