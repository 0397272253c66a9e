package org.treatylab.domain.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.treatylab.domain.InputException;

/**
 * Reading a user's file whole, with one-line errors naming it. Only regular files are read (a device such as
 * {@code /dev/zero}, a FIFO or a folder is refused before reading), and reading stops at a size cap, so that no input
 * makes a command run until it is killed.
 */
public final class TextFiles {
    /** The largest text file read: far above any treaty, posture, scenario or items file. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The file as UTF-8 text (at most {@link #MAX_BYTES}); a missing, unreadable, special, too large or non-UTF-8
     * file is an {@link InputException} naming it.
     */
    public static String read(Path path) {
        return utf8(path.toString(), bytes(path, MAX_BYTES));
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}.
     *
     * @throws InputException naming the file when it is missing, not a regular file, larger, or unreadable
     */
    public static byte[] bytes(Path path, long maxBytes) {
        if (!Files.exists(path)) {
            throw new InputException(path + ": no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(path + ": not a regular file (" + (Files.isDirectory(path) ? "a folder"
                    : "a device, pipe or socket") + "); give a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (b.length > maxBytes) {
                throw new InputException(path + ": larger than " + maxBytes + " bytes; not read");
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Strict UTF-8 decoding: malformed bytes are an {@link InputException} naming the file and line. */
    public static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + " line " + lineOfFirstBadByte(bytes) + ": not UTF-8 text");
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
            if (n == 0 || i + n > bytes.length) {
                return line;
            }
            for (int k = 1; k < n; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += n;
        }
        return line;
    }
}
