package org.treatylab.cli.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.app.ledger.ConsistencyDocument;
import org.treatylab.app.ledger.InclusionDocument;
import org.treatylab.app.ledger.ProofsDoor;
import org.treatylab.domain.InputException;
import org.treatylab.report.Json;

/**
 * Reads back the JSON documents of {@code verify prove} and {@code verify consistency}, checking their form; the
 * hashes in them are checked by the proofs door.
 */
final class ProofDocuments {
    /** A proof document is a few kilobytes; refuse anything much larger before parsing. */
    private static final long MAX_BYTES = 64 * 1024;

    private ProofDocuments() {
    }

    static InclusionDocument inclusion(Path file) {
        JsonNode doc = read(file);
        return new InclusionDocument(size(file, doc, "tree_size"), size(file, doc, "index"), text(file, doc, "root"),
                path(file, doc));
    }

    static ConsistencyDocument consistency(Path file) {
        JsonNode doc = read(file);
        return new ConsistencyDocument(size(file, doc, "old_size"), size(file, doc, "tree_size"),
                text(file, doc, "old_root"), text(file, doc, "root"), path(file, doc));
    }

    private static JsonNode read(Path file) {
        byte[] bytes = ProofsDoor.documentBytes(file, MAX_BYTES);
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new InputException(file + ": expected a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new InputException(file + ": not readable JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static long size(Path file, JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
            throw InputException.at(file.toString(), 0, field, "expected a whole number >= 0");
        }
        return v.asLong();
    }

    private static String text(Path file, JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual()) {
            throw InputException.at(file.toString(), 0, field, "expected a hex string");
        }
        return v.asText();
    }

    private static List<String> path(Path file, JsonNode doc) {
        JsonNode v = doc.get("proof");
        if (v == null || !v.isArray()) {
            throw InputException.at(file.toString(), 0, "proof", "expected an array of hex strings");
        }
        if (v.size() > ProofsDoor.MAX_PATH) {
            throw InputException.at(file.toString(), 0, "proof", "has " + v.size() + " hashes, at most "
                    + ProofsDoor.MAX_PATH + " accepted");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw InputException.at(file.toString(), 0, "proof[" + i + "]", "expected a hex string");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }
}
