package org.treatylab.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.domain.Party;
import org.treatylab.report.Json;

/** Reading request input at the edge: every problem is a 400 naming the field. */
public final class Requests {
    private Requests() {
    }

    /** The body as a JSON object. */
    public static JsonNode json(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("the request body is empty (a JSON object is expected)");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        return node;
    }

    public static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest("field '" + field + "' must be a string");
        }
        return n.asText();
    }

    public static String requiredText(JsonNode body, String field) {
        String t = text(body, field);
        if (t == null || t.isBlank()) {
            throw ApiError.badRequest("field '" + field + "' is required");
        }
        return t;
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("field '" + field + "' must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    public static Party party(String field, String value) {
        return Inputs.party("field '" + field + "'", value);
    }

    /** A true/false field, false when absent. */
    public static boolean flag(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw ApiError.badRequest("field '" + field + "' must be true or false");
        }
        return n.asBoolean();
    }

    /** A whole number field within bounds, or {@code dflt} when absent. */
    public static long number(JsonNode body, String field, long dflt, long min, long max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
            throw ApiError.badRequest("field '" + field + "' must be a whole number");
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw ApiError.badRequest("field '" + field + "' must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    /** A query parameter as an int within bounds, or {@code dflt} when absent. */
    public static int queryInt(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw ApiError.badRequest("query '" + name + "' must be between " + min + " and " + max + ", got " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("query '" + name + "' must be a whole number, got '" + v + "'");
        }
    }

    /** A number field within [min, max], or {@code dflt} when absent. */
    public static double decimal(JsonNode body, String field, double dflt, double min, double max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw ApiError.badRequest("field '" + field + "' must be a number");
        }
        double v = n.asDouble();
        if (!(v >= min && v <= max)) {
            throw ApiError.badRequest("field '" + field + "' must be within [" + trim(min) + ", " + trim(max)
                    + "], got " + n.asText());
        }
        return v;
    }

    /** A share within [0, 1), 0 when absent. */
    public static double share(JsonNode body, String field) {
        JsonNode n = body.get(field);
        double v = n == null || n.isNull() ? 0 : decimal(body, field, 0, -Double.MAX_VALUE, Double.MAX_VALUE);
        if (!(v >= 0 && v < 1)) {
            throw ApiError.badRequest("field '" + field + "' must be within [0, 1), got " + n.asText());
        }
        return v;
    }

    /** A number field that must be greater than 0 (and at most {@code max}). */
    public static double positive(JsonNode body, String field, double max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.badRequest("field '" + field + "' is required");
        }
        double v = decimal(body, field, Double.NaN, 0, max);
        if (v <= 0) {
            throw ApiError.badRequest("field '" + field + "' must be > 0, got " + n.asText());
        }
        return v;
    }

    /** A list of whole numbers, each within [min, max], at most {@code maxSize} of them; {@code dflt} when absent. */
    public static List<Long> wholeNumbers(JsonNode body, String field, List<Long> dflt, long min, long max,
            int maxSize) {
        List<Double> raw = numbers(body, field, maxSize);
        if (raw == null) {
            return dflt;
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            double v = raw.get(i);
            if (v != Math.rint(v) || v < min || v > max) {
                throw ApiError.badRequest("field '" + field + "'[" + i + "] must be a whole number within [" + min
                        + ", " + max + "], got " + trim(v));
            }
            out.add((long) v);
        }
        return out;
    }

    /** A list of numbers, each within [min, max), at most {@code maxSize}; {@code dflt} when absent. */
    public static List<Double> decimals(JsonNode body, String field, List<Double> dflt, double min,
            double maxExclusive, int maxSize) {
        List<Double> raw = numbers(body, field, maxSize);
        if (raw == null) {
            return dflt;
        }
        for (int i = 0; i < raw.size(); i++) {
            double v = raw.get(i);
            if (!(v >= min && v < maxExclusive)) {
                throw ApiError.badRequest("field '" + field + "'[" + i + "] must be within [" + trim(min) + ", "
                        + trim(maxExclusive) + "), got " + trim(v));
            }
        }
        return raw;
    }

    private static List<Double> numbers(JsonNode body, String field, int maxSize) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw ApiError.badRequest("field '" + field + "' must be an array of numbers");
        }
        if (n.size() > maxSize) {
            throw ApiError.badRequest("field '" + field + "' has " + n.size() + " values; at most " + maxSize
                    + " are accepted");
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isNumber()) {
                throw ApiError.badRequest("field '" + field + "'[" + i + "] must be a number, got " + n.get(i));
            }
            out.add(n.get(i).asDouble());
        }
        return out;
    }

    /** A list of strings, or {@code null} when absent. */
    public static List<String> texts(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw ApiError.badRequest("field '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw ApiError.badRequest("field '" + field + "[" + i + "]' must be a string");
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
