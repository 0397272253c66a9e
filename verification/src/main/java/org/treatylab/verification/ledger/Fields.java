package org.treatylab.verification.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ordered set of named text values: the payload of a ledger entry, with a canonical text encoding (one
 * {@code key=value} line each, backslash and newline escaped) so that the same fields always hash the same.
 */
public final class Fields {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
    private final Map<String, String> values;

    private Fields(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @throws org.treatylab.verification.VerificationException naming the missing field */
    public String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new org.treatylab.verification.VerificationException("missing field '" + key + "'");
        }
        return v;
    }

    public long requireLong(String key) {
        String v = require(key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new org.treatylab.verification.VerificationException("field '" + key + "' is not a number: '" + v + "'");
        }
    }

    /** The canonical text: {@code key=value\n} per field in insertion order. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n'));
        return sb.toString();
    }

    public byte[] bytes() {
        return encode().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException naming the line that is not {@code key=value} */
    public static Fields decode(String text) {
        Builder b = builder();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("payload line " + lineNo + " is not key=value");
            }
            b.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        return b.build();
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields f && f.encode().equals(encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects fields in order; a key appears once. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        public Builder put(String key, Object value) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("field name must be lower-case [a-z0-9_.-], got '" + key + "'");
            }
            if (values.putIfAbsent(key, String.valueOf(value)) != null) {
                throw new IllegalArgumentException("field '" + key + "' given twice");
            }
            return this;
        }

        public Builder putAll(Fields other) {
            other.values.forEach(this::put);
            return this;
        }

        public Fields build() {
            return new Fields(new LinkedHashMap<>(values));
        }
    }
}
