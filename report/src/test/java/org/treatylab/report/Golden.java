package org.treatylab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The golden files of the JSON contract, one per shape, under {@code src/test/resources/golden}: the report module's
 * test compares each record's JSON with its file, and the edges' tests (which use this module's test jar) compare
 * what the CLI prints and the HTTP API answers with the same files. Values that change from run to run (salts, hashes,
 * signatures, times) are replaced by placeholders before comparing.
 *
 * <p>To write the files anew after a deliberate change of the contract:
 * {@code mvn -B test -pl report -am -Dgolden.update=true}, then review the diff.
 */
public final class Golden {
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{64}(?:[0-9a-f]{64})?\\b");
    private static final Pattern TIME = Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z\"");
    /** A registration's public key (base64 X.509) and a fresh nonce (32 hex digits) differ from run to run. */
    private static final Pattern KEY = Pattern.compile("\"key\" : \"[A-Za-z0-9+/=]{40,}\"");
    private static final Pattern NONCE = Pattern.compile("\"nonce\" : \"[0-9a-f]{32}\"");
    /** A room code ({@code K7Q2-M9XD}): eight characters of an alphabet without look-alikes, dashed in the middle. */
    private static final Pattern ROOM = Pattern.compile("\"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\"");

    private Golden() {
    }

    /** The golden text of a shape. */
    public static String read(String shape) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + shape + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file for shape '" + shape + "'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON text with the run-to-run values replaced: hex hashes, signatures and seat secrets, instants, room codes. */
    public static String stable(String json) {
        String t = TIME.matcher(HASH.matcher(json).replaceAll("<hex>")).replaceAll("\"<time>\"");
        t = NONCE.matcher(KEY.matcher(t).replaceAll("\"key\" : \"<key>\"")).replaceAll("\"nonce\" : \"<nonce>\"");
        return ROOM.matcher(t).replaceAll("\"<room>\"");
    }

    /** The indented, stable JSON of a record, as the golden files hold it. */
    public static String of(Object record) {
        return stable(Json.write(record)) + "\n";
    }

    /** Writes a golden file in the source tree (only with {@code -Dgolden.update=true}). */
    static void write(String shape, String text) {
        try {
            Path dir = Path.of("src/test/resources/golden");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(shape + ".json"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }
}
