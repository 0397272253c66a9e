package org.treatylab.cli.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.cli.Json;
import org.treatylab.domain.InputException;
import org.treatylab.verification.merkle.ConsistencyProof;
import org.treatylab.verification.merkle.Hex;
import org.treatylab.verification.merkle.InclusionProof;
import org.treatylab.verification.merkle.ProofVerifier;

/** The JSON documents of {@code verify prove} and {@code verify consistency}, written and read back with checks. */
final class ProofDocuments {
    /** A proof document is a few kilobytes; refuse anything much larger before parsing. */
    private static final long MAX_BYTES = 64 * 1024;

    private ProofDocuments() {
    }

    static Map<String, Object> inclusion(InclusionProof p, byte[] root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tree_size", p.treeSize());
        m.put("index", p.leafIndex());
        m.put("root", Hex.of(root));
        m.put("proof", p.hexPath());
        return m;
    }

    static Map<String, Object> consistency(ConsistencyProof p, byte[] oldRoot, byte[] root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("old_size", p.oldSize());
        m.put("tree_size", p.newSize());
        m.put("old_root", Hex.of(oldRoot));
        m.put("root", Hex.of(root));
        m.put("proof", p.hexPath());
        return m;
    }

    static JsonNode read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file + ": larger than " + MAX_BYTES + " bytes; not a proof document");
            }
            JsonNode n = Json.MAPPER.readTree(file.toFile());
            if (n == null || !n.isObject()) {
                throw new InputException(file + ": expected a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new InputException(file + ": not readable JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    static long size(Path file, JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
            throw InputException.at(file.toString(), 0, field, "expected a whole number >= 0");
        }
        return v.asLong();
    }

    static byte[] hash(Path file, JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual()) {
            throw InputException.at(file.toString(), 0, field, "expected a hex string");
        }
        try {
            return Hex.hash(field, v.asText());
        } catch (IllegalArgumentException e) {
            throw InputException.at(file.toString(), 0, field, e.getMessage());
        }
    }

    static List<byte[]> path(Path file, JsonNode doc) {
        JsonNode v = doc.get("proof");
        if (v == null || !v.isArray()) {
            throw InputException.at(file.toString(), 0, "proof", "expected an array of hex strings");
        }
        if (v.size() > ProofVerifier.MAX_PATH) {
            throw InputException.at(file.toString(), 0, "proof", "has " + v.size() + " hashes, at most "
                    + ProofVerifier.MAX_PATH + " accepted");
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode h = v.get(i);
            if (!h.isTextual()) {
                throw InputException.at(file.toString(), 0, "proof[" + i + "]", "expected a hex string");
            }
            try {
                out.add(Hex.hash("proof[" + i + "]", h.asText()));
            } catch (IllegalArgumentException e) {
                throw InputException.at(file.toString(), 0, "proof[" + i + "]", e.getMessage());
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }
}
