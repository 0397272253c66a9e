package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treatylab.report.Json;

/**
 * Checks requests and answers against the server's own OpenAPI document with an independent JSON-schema validator
 * (networknt, OpenAPI 3.0 dialect): a body the server accepted must match the operation's request schema, and every
 * JSON answer the schema of its status. {@link ApiClient} runs it on every exchange of the API suites.
 */
final class OpenApiCheck {
    private static final String BASE = "https://treatylab.test/openapi.json";
    private final JsonNode doc;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();

    private record Operation(String method, String template, Pattern path, JsonNode node) {
    }

    OpenApiCheck(String openApiJson) {
        try {
            this.doc = Json.MAPPER.readTree(openApiJson);
        } catch (IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                b -> b.schemas(Map.of(BASE, openApiJson)));
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            Pattern regex = Pattern.compile(p.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            p.getValue().fields().forEachRemaining(m -> operations.add(new Operation(m.getKey().toUpperCase(Locale.ROOT),
                    p.getKey(), regex, m.getValue())));
        }
    }

    JsonNode document() {
        return doc;
    }

    /** The problems with one exchange, empty when it matches the document (or is not one of its operations). */
    List<String> check(String method, String pathAndQuery, String requestType, String requestBody, int status,
            String responseType, String responseBody) {
        String path = pathAndQuery.replaceFirst("\\?.*$", "");
        Optional<Operation> op = operations.stream()
                .filter(o -> o.method().equals(method) && o.path().matcher(path).matches()).findFirst();
        if (op.isEmpty() || !path.startsWith("/api/")) {
            return List.of();
        }
        Operation o = op.get();
        String where = method + " " + o.template();
        List<String> problems = new ArrayList<>();
        if (status / 100 == 2 && requestBody != null && requestType != null && requestType.startsWith("application/json")
                && o.node().has("requestBody")) {
            problems.addAll(validate(where + " request", pointer(o, "requestBody", "content", "application/json",
                    "schema"), requestBody));
        }
        JsonNode responses = o.node().get("responses");
        JsonNode response = responses.get(Integer.toString(status));
        if (response == null) {
            problems.add(where + " answered " + status + ", which the document does not list");
            return problems;
        }
        if (responseType != null && responseType.startsWith("application/json") && responseBody != null
                && !responseBody.isEmpty()) {
            if (!response.has("content") || !response.get("content").has("application/json")) {
                problems.add(where + " answered JSON with " + status + ", for which the document gives no schema");
            } else {
                problems.addAll(validate(where + " " + status, pointer(o, "responses", Integer.toString(status),
                        "content", "application/json", "schema"), responseBody));
            }
        }
        return problems;
    }

    /** A JSON value against the schema at a pointer into the document. */
    List<String> validate(String what, String pointer, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        JsonNode value;
        try {
            value = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of(what + ": not JSON: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(value)) {
            out.add(what + ": " + e);
        }
        return out;
    }

    private static String pointer(Operation o, String... more) {
        StringBuilder sb = new StringBuilder("/paths/").append(escape(o.template())).append('/')
                .append(o.method().toLowerCase(Locale.ROOT));
        for (String m : more) {
            sb.append('/').append(escape(m));
        }
        return sb.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
