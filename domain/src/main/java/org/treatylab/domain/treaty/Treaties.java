package org.treatylab.domain.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.treatylab.domain.InputException;

/**
 * The treaties shipped with TreatyLab ({@code start-1}, {@code sort}, {@code new-start}, and the draft example
 * {@code trilateral-framework}) and lookup by id or file.
 */
public final class Treaties {
    /** Shipped treaty ids, in historical order; the draft example last. */
    public static final List<String> SHIPPED_IDS = List.of("start-1", "sort", "new-start", "trilateral-framework");
    private static final String DIR = "/org/treatylab/domain/data/treaties/";

    private Treaties() {
    }

    /** All shipped treaties, parsed. */
    public static List<Treaty> shipped() {
        return Holder.SHIPPED;
    }

    public static Optional<Treaty> byId(String id) {
        return shipped().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The text of a shipped treaty file, for users to copy into a draft. */
    public static Optional<String> sourceText(String id) {
        if (!SHIPPED_IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(resource(id));
    }

    /**
     * A treaty from an id of a shipped one or a path to a treaty file.
     *
     * @throws InputException when it is neither
     */
    public static Treaty resolve(String idOrFile) {
        Optional<Treaty> shipped = byId(idOrFile);
        if (shipped.isPresent()) {
            return shipped.get();
        }
        Path p = Path.of(idOrFile);
        if (Files.isRegularFile(p)) {
            return TreatyReader.read(p);
        }
        throw new InputException("unknown treaty '" + idOrFile + "': not a shipped treaty id " + SHIPPED_IDS
                + " nor a readable file");
    }

    private static String resource(String id) {
        try (InputStream in = Treaties.class.getResourceAsStream(DIR + id + ".treaty")) {
            if (in == null) {
                throw new IllegalStateException("shipped treaty file missing from the jar: " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final List<Treaty> SHIPPED = SHIPPED_IDS.stream()
                .map(id -> TreatyReader.parse(id + ".treaty", resource(id))).toList();
    }
}
