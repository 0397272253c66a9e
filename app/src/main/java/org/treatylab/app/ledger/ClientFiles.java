package org.treatylab.app.ledger;

import java.nio.file.Path;
import org.treatylab.domain.io.TextFiles;

/** The files a party's client reads (its items CSV, its token file), bounded and as UTF-8, for the edges. */
public final class ClientFiles {
    private ClientFiles() {
    }

    /** A regular file's text, at most {@code maxBytes}; BAD_INPUT naming the file otherwise. */
    public static String text(Path file, long maxBytes) {
        return TextFiles.utf8(file.toString(), TextFiles.bytes(file, maxBytes));
    }
}
