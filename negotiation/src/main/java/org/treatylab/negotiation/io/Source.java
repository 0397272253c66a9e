package org.treatylab.negotiation.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.treatylab.negotiation.ScenarioFormatException;

/**
 * The bytes of one scenario file and the name to report it by (the path as the user gave it, or the name of a
 * shipped scenario file). Files above {@link #MAX_BYTES} are refused: they are untrusted input.
 */
record Source(String name, byte[] bytes) {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    static Source of(Path path) {
        String name = path.toString();
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new ScenarioFormatException(name + ": not a regular file (a folder, device, pipe or socket)");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return of(name, in);
        } catch (NoSuchFileException e) {
            throw new ScenarioFormatException(name + ": no such file");
        } catch (IOException e) {
            throw new ScenarioFormatException(name + ": cannot read: " + e.getMessage());
        }
    }

    static Source of(String name, InputStream in) throws IOException {
        byte[] b = in.readNBytes((int) MAX_BYTES + 1);
        if (b.length > MAX_BYTES) {
            throw new ScenarioFormatException(name + ": larger than " + MAX_BYTES + " bytes");
        }
        return new Source(name, b);
    }

    static Source of(FileText file) {
        byte[] b = file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length > MAX_BYTES) {
            throw new ScenarioFormatException(file.name() + ": larger than " + MAX_BYTES + " bytes");
        }
        return new Source(file.name(), b);
    }

    /** The file name without folders and extension: the default name of a domain or profile. */
    String stem() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    boolean isXml() {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    }
}
