package org.treatylab.server.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.negotiation.IssueValue;
import org.treatylab.app.negotiation.NegotiationScenarioRef;
import org.treatylab.app.negotiation.UploadedFile;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.Requests;

/** Reading negotiation input at the edge: scenarios (a shipped name or uploaded files) and outcomes. */
final class NegotiationRequests {
    private NegotiationRequests() {
    }

    /** The body's scenario: {@code "scenario": NAME} or {@code "domain": FILE, "profiles": [FILE, ...]}. */
    static NegotiationScenarioRef scenario(JsonNode body, List<String> shippedNames) {
        boolean named = present(body, "scenario");
        boolean uploaded = present(body, "domain") || present(body, "profiles");
        if (named == uploaded) {
            throw ApiError.badRequest("give exactly one of 'scenario' (a shipped name: " + String.join(", ",
                    shippedNames) + ") or 'domain' with 'profiles' (uploaded files)");
        }
        if (named) {
            return shipped("scenario", body.get("scenario"));
        }
        return upload("", body);
    }

    /** A list item of a tournament's {@code scenarios}: a shipped name or {@code {"domain", "profiles"}}. */
    static NegotiationScenarioRef scenarioItem(String field, JsonNode item) {
        if (item.isTextual()) {
            return shipped(field, item);
        }
        if (!item.isObject()) {
            throw ApiError.badRequest("field '" + field + "' must be a shipped scenario name or an object with "
                    + "'domain' and 'profiles'");
        }
        return upload(field + ".", item);
    }

    private static NegotiationScenarioRef shipped(String field, JsonNode node) {
        if (!node.isTextual()) {
            throw ApiError.badRequest("field '" + field + "' must be a string");
        }
        return new NegotiationScenarioRef.Shipped(node.asText(), field);
    }

    private static NegotiationScenarioRef upload(String prefix, JsonNode body) {
        UploadedFile domain = file(prefix + "domain", body.get("domain"));
        JsonNode ps = body.get("profiles");
        if (ps == null || !ps.isArray()) {
            throw ApiError.badRequest("field '" + prefix + "profiles' must be an array of 2 to 8 files");
        }
        List<UploadedFile> profiles = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            profiles.add(file(prefix + "profiles[" + i + "]", ps.get(i)));
        }
        return new NegotiationScenarioRef.Upload(domain, profiles, prefix);
    }

    /** {@code {"name": "lease.xml", "text": "..."}}. */
    private static UploadedFile file(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("field '" + field + "' is required");
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("field '" + field + "' must be an object {\"name\": \"file.xml|file.json\", "
                    + "\"text\": \"...\"}");
        }
        String name = Requests.requiredText(node, "name");
        String text = Requests.text(node, "text");
        return new UploadedFile(name, text == null ? "" : text);
    }

    /** An outcome as written: numbers for integer and real issues, strings for discrete ones; null when absent. */
    static Map<String, IssueValue> outcome(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("field 'outcome' must be an object {issue: value}");
        }
        Map<String, IssueValue> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            IssueValue value;
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = new IssueValue.Whole(v.asLong());
            } else if (v.isNumber()) {
                value = new IssueValue.Real(v.asDouble());
            } else if (v.isTextual()) {
                value = new IssueValue.Label(v.asText());
            } else {
                throw ApiError.badRequest("field 'outcome." + e.getKey() + "' must be a number or a string, got " + v);
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static boolean present(JsonNode body, String field) {
        return body.has(field) && !body.get(field).isNull();
    }
}
