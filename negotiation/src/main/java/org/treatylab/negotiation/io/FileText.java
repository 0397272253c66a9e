package org.treatylab.negotiation.io;

import java.util.Objects;

/**
 * The text of one scenario file that did not come from disk (an upload, a request body), with the file name that
 * tells its format ({@code .xml} is GENIUS, anything else GeniusWeb JSON) and names it in error messages.
 */
public record FileText(String name, String text) {
    public FileText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (name.isBlank()) {
            throw new IllegalArgumentException("file name: expected a non-blank name, got '" + name + "'");
        }
    }
}
