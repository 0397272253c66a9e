package org.treatylab.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        if (value == null) {
            return null;
        }
        try {
            return Party.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("field '" + field + "': " + e.getMessage());
        }
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
}
