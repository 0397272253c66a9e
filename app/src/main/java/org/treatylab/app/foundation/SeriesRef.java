package org.treatylab.app.foundation;

import java.util.Objects;

/** How a request names a published aggregate series. */
public sealed interface SeriesRef {
    /** A shipped series by name; unknown names are NOT_FOUND. */
    record Shipped(String name) implements SeriesRef {
        public Shipped {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Series CSV text, read as {@code aggregates.csv}. */
    record Csv(String text) implements SeriesRef {
    }

    /** A file path, or else a shipped name (the command line's {@code FILE}). */
    record NameOrFile(String value) implements SeriesRef {
        public NameOrFile {
            Objects.requireNonNull(value, "value");
        }
    }
}
