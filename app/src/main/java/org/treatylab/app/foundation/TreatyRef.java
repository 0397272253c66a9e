package org.treatylab.app.foundation;

import java.util.Objects;

/** How a request names a treaty. */
public sealed interface TreatyRef {
    /** A shipped treaty or a draft kept by the store, by id; unknown ids are NOT_FOUND. */
    record Id(String id) implements TreatyRef {
        public Id {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A treaty file's text (e.g. from an HTTP body); not kept. */
    record Text(String text) implements TreatyRef {
    }

    /** A file path, or else a shipped id (the command line's {@code ID|FILE}). */
    record IdOrFile(String value) implements TreatyRef {
        public IdOrFile {
            Objects.requireNonNull(value, "value");
        }
    }
}
