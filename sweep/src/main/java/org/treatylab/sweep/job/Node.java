package org.treatylab.sweep.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A JSON value with its path in the job file ("vary[2].distribution"), so that every error names the field.
 */
record Node(JsonNode json, String path) {

    JobException error(String problem) {
        return new JobException((path.isEmpty() ? "" : path + ": ") + problem);
    }

    Node at(String key) {
        return new Node(json.get(key), path.isEmpty() ? key : path + "." + key);
    }

    boolean has(String key) {
        JsonNode v = json.get(key);
        return v != null && !v.isNull();
    }

    boolean present() {
        return json != null && !json.isNull();
    }

    Node object() {
        if (!present() || !json.isObject()) {
            throw error("expected an object" + got());
        }
        return this;
    }

    /** Refuses keys outside {@code known}, naming the first unknown one and the known ones. */
    Node onlyKeys(Set<String> known) {
        object();
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!known.contains(k)) {
                throw error("unknown field '" + k + "' (expected " + new java.util.TreeSet<>(known) + ")");
            }
        }
        return this;
    }

    String text() {
        if (!present() || !json.isTextual()) {
            throw error("expected a text" + got());
        }
        return json.asText();
    }

    String text(String fallback) {
        return present() ? text() : fallback;
    }

    double number() {
        if (!present() || !json.isNumber()) {
            throw error("expected a number" + got());
        }
        double d = json.asDouble();
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, got " + json);
        }
        return d;
    }

    double number(double fallback) {
        return present() ? number() : fallback;
    }

    long whole() {
        if (!present() || !json.isIntegralNumber() || !json.canConvertToLong()) {
            throw error("expected a whole number" + got());
        }
        return json.asLong();
    }

    long whole(long fallback) {
        return present() ? whole() : fallback;
    }

    boolean bool(boolean fallback) {
        if (!present()) {
            return fallback;
        }
        if (!json.isBoolean()) {
            throw error("expected true or false" + got());
        }
        return json.asBoolean();
    }

    List<Node> list() {
        if (!present() || !json.isArray()) {
            throw error("expected a list" + got());
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** A list of texts, or a single text read as a list of one. */
    List<String> texts() {
        if (present() && json.isTextual()) {
            return List.of(json.asText());
        }
        List<String> out = new ArrayList<>();
        for (Node n : list()) {
            out.add(n.text());
        }
        return out;
    }

    private String got() {
        if (json == null) {
            return ", got nothing (the field is missing)";
        }
        String s = json.toString();
        return ", got " + (s.length() > 40 ? s.substring(0, 40) + "..." : s);
    }
}
