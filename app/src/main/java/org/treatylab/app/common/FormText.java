package org.treatylab.app.common;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text in which the doors keep what they store (a session's spec, state and log entries): ordered names and
 * values, form-encoded ({@code name=value&name=value}, UTF-8, as a browser sends a form), so that any text survives.
 */
public final class FormText {
    private FormText() {
    }

    public static String encode(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    /** The fields in order; IllegalArgumentException naming a part that is not {@code name=value}. */
    public static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String part : text.split("&", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("stored text: '" + part + "' is not name=value");
            }
            out.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A required field; IllegalStateException naming it when absent (stored text is the program's own). */
    public static String require(Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null) {
            throw new IllegalStateException("stored text: no field '" + name + "' in " + fields.keySet());
        }
        return v;
    }

    /** Puts a list as {@code name.0}, {@code name.1}, ... */
    public static void putList(Map<String, String> fields, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            fields.put(name + "." + i, values.get(i));
        }
    }

    /** The list put by {@link #putList}. */
    public static List<String> list(Map<String, String> fields, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; fields.containsKey(name + "." + i); i++) {
            out.add(fields.get(name + "." + i));
        }
        return out;
    }

    /** The fields whose names start with {@code prefix}, without it, in order. */
    public static Map<String, String> prefixed(Map<String, String> fields, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
