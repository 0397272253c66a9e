package org.treatylab.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates valid inputs into hostile ones, from a seed: single bytes changed, spans deleted or repeated, interesting
 * tokens inserted (extreme numbers, NUL, BOM, deep nesting, long strings, other scripts' digits), truncation; and for
 * JSON, a value of the parsed document replaced by one of those.
 */
final class Mutator {
    static final List<String> TOKENS = List.of("-1", "0", "9223372036854775807", "-9223372036854775808",
            "4611686018427387904", "1e308", "NaN", "Infinity", "1.5", "\u0000", "\uFEFF", "%00", "%C0%AE", "\u0661\u0660",
            "{", "}", "[", "]", "\"", "\\", ",", "\n", "\r\n", "=", "null", "true", "../../etc/passwd", "/dev/zero",
            "9999-12-31", "+999999999-12-31", "2011-02-30", "x".repeat(10_000), "[".repeat(3_000), "US", "RU", "CN",
            "\u00e9\u4e2d\ud83d\ude00", "<x>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SplittableRandom random;

    Mutator(SplittableRandom random) {
        this.random = random;
    }

    String token() {
        return TOKENS.get(random.nextInt(TOKENS.size()));
    }

    /** One to three byte-level mutations of a text. */
    String bytes(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int ops = 1 + random.nextInt(3);
        for (int i = 0; i < ops; i++) {
            b = once(b);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private byte[] once(byte[] b) {
        int n = b.length;
        int at = n == 0 ? 0 : random.nextInt(n);
        switch (random.nextInt(6)) {
            case 0 -> {
                if (n > 0) {
                    b = b.clone();
                    b[at] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                int len = n == 0 ? 0 : 1 + random.nextInt(Math.min(64, n - at));
                return concat(slice(b, 0, at), slice(b, at + len, n));
            }
            case 2 -> {
                int len = n == 0 ? 0 : 1 + random.nextInt(Math.min(64, n - at));
                byte[] span = slice(b, at, at + len);
                byte[] rep = new byte[0];
                for (int k = 0; k < 1 + random.nextInt(50); k++) {
                    rep = concat(rep, span);
                }
                return concat(concat(slice(b, 0, at), rep), slice(b, at, n));
            }
            case 3 -> {
                return concat(concat(slice(b, 0, at), token().getBytes(StandardCharsets.UTF_8)), slice(b, at, n));
            }
            case 4 -> {
                return slice(b, 0, at);
            }
            default -> {
                // a number in the text made extreme
                String s = new String(b, StandardCharsets.UTF_8);
                return s.replaceFirst("\\d+", random.nextBoolean() ? "9223372036854775807" : "-1")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** A JSON document with one value replaced (or a field removed or added), else a byte mutation. */
    String json(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isContainerNode() || random.nextInt(4) == 0) {
                return bytes(text);
            }
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode o) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                if (names.isEmpty() || random.nextInt(5) == 0) {
                    o.set("zz_" + random.nextInt(100), value());
                } else {
                    String f = names.get(random.nextInt(names.size()));
                    if (random.nextInt(5) == 0) {
                        o.remove(f);
                    } else {
                        o.set(f, value());
                    }
                }
            } else if (target instanceof ArrayNode a) {
                if (a.isEmpty() || random.nextBoolean()) {
                    a.add(value());
                } else {
                    a.set(random.nextInt(a.size()), value());
                }
            }
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            return bytes(text);
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private JsonNode value() {
        var f = JSON.getNodeFactory();
        return switch (random.nextInt(9)) {
            case 0 -> f.numberNode(Long.MAX_VALUE);
            case 1 -> f.numberNode(-1);
            case 2 -> f.numberNode(1e308);
            case 3 -> f.nullNode();
            case 4 -> f.booleanNode(true);
            case 5 -> f.arrayNode().add(token());
            case 6 -> f.objectNode().put("x", token());
            case 7 -> f.numberNode(random.nextInt(2_000_000) - 1000);
            default -> f.textNode(token());
        };
    }

    private static byte[] slice(byte[] b, int from, int to) {
        from = Math.max(0, Math.min(from, b.length));
        to = Math.max(from, Math.min(to, b.length));
        byte[] out = new byte[to - from];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] out = new byte[a.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }
}
