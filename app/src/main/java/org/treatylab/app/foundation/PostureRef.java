package org.treatylab.app.foundation;

import java.util.Objects;

/** How a request names postures; {@link #source()} is how messages and reports name them. */
public sealed interface PostureRef {
    /** What the postures are called in messages and reports (a shipped name, a file, a field). */
    String source();

    /**
     * A shipped posture by name; unknown names are NOT_FOUND.
     *
     * @param field the request field that named it, prefixed to the message, or null
     */
    record Shipped(String name, String field) implements PostureRef {
        public Shipped {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String source() {
            return name;
        }
    }

    /** Posture CSV text, read as the file {@code posture.csv}; {@code source} names it in reports. */
    record Csv(String text, String source) implements PostureRef {
        public Csv {
            Objects.requireNonNull(source, "source");
        }
    }

    /** A file path, or else a shipped name (the command line's {@code FILE}). */
    record NameOrFile(String value) implements PostureRef {
        public NameOrFile {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String source() {
            return value;
        }
    }

    static PostureRef shipped(String name) {
        return new Shipped(name, null);
    }
}
