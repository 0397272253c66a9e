package org.treatylab.domain.io;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.treatylab.domain.InputException;

/** Reading a user's text file whole, with one-line errors naming it. */
public final class TextFiles {
    private TextFiles() {
    }

    /** The file as UTF-8 text; a missing, unreadable or non-UTF-8 file is an {@link InputException} naming it. */
    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (MalformedInputException e) {
            throw new InputException(path + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
