package org.treatylab.app.negotiation;

import java.util.Objects;

/**
 * A scenario file sent in a request: its name (whose extension tells the format, {@code .xml} GENIUS or
 * {@code .json} GeniusWeb, and which names it in messages) and its text.
 */
public record UploadedFile(String name, String text) {
    public UploadedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
