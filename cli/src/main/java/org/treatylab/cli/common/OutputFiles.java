package org.treatylab.cli.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.InputException;

/** Report files written whole or not at all: a temporary file beside the target, then a move. */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** @throws InputException (exit 2) when the target's directory does not exist */
    public static void writeAtomically(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target + ": the directory does not exist");
        }
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the report.
            Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw AppException.failed("cannot write " + target + ": " + e.getMessage());
        }
    }
}
