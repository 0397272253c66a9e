package org.treatylab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatylab.report.Json;

/**
 * The OpenAPI document is one a client can use: valid for swagger-parser, a schema for every JSON body and answer,
 * examples that validate against their schemas, the public routes marked {@code security: []}, the ledger's with the
 * bearer token, and the server's address.
 */
class OpenApiDocumentTest extends ServerContract {
    @Override
    Backends backend() {
        return Backends.SQLITE;
    }

    @Test
    void document_isValidForSwaggerParser() {
        String text = api.get("/openapi.json").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult r = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(r.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(r.getOpenAPI().getServers()).hasSize(1);
        assertThat(r.getOpenAPI().getServers().get(0).getUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(r.getOpenAPI().getComponents().getSchemas()).containsKeys("CountResult", "TalksRun", "Error",
                "ExchangeReport", "AnalysisView", "RevealView", "JobView");
    }

    @Test
    void everyOperation_hasSchemasSecurityAndValidExamples() {
        JsonNode doc = api.openApi().document();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> o = ops.next();
                String where = o.getKey().toUpperCase() + " " + p.getKey();
                JsonNode op = o.getValue();
                JsonNode security = op.get("security");
                if (security == null) {
                    problems.add(where + ": no security (public routes say security: [])");
                } else if (p.getKey().startsWith("/api/ledger") != (security.size() == 1)) {
                    problems.add(where + ": security " + security + " does not match the route's credential");
                }
                op.get("responses").fields().forEachRemaining(r -> {
                    int status = Integer.parseInt(r.getKey());
                    if (status / 100 == 2 && status != 204 && !r.getValue().has("content")) {
                        problems.add(where + " " + status + ": no content schema");
                    }
                });
                JsonNode json = op.path("requestBody").path("content").path("application/json");
                if (!json.isMissingNode()) {
                    examples++;
                    if (!json.has("example") || !json.get("example").isObject()) {
                        problems.add(where + ": the request example is not a JSON object");
                    } else {
                        problems.addAll(api.openApi().validate(where + " example", "/paths/"
                                + p.getKey().replace("~", "~0").replace("/", "~1") + "/" + o.getKey()
                                + "/requestBody/content/application~1json/schema", Json.compact(json.get("example"))));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(examples).isGreaterThanOrEqualTo(19);
    }

    @Test
    void check_answersAndRequestsThatDoNotMatch_areReported() {
        OpenApiCheck check = api.openApi();
        String request = "{\"treaty\": \"start-1\", \"posture\": \"start1-mou-1990\"}";
        String good = api.postJson("/api/count", request).body();
        assertThat(check.check("POST", "/api/count", "application/json", request, 200, "application/json", good))
                .isEmpty();
        assertThat(check.check("POST", "/api/count", "application/json", request, 200, "application/json",
                good.replace("\"treaty\":\"start-1\"", "\"treaty\":7"))).isNotEmpty();
        assertThat(check.check("POST", "/api/count", "application/json", request, 200, "application/json",
                good.replace("\"required_cut\"", "\"cut_required\""))).as("a renamed field").isNotEmpty();
        assertThat(check.check("POST", "/api/count", "application/json", "{\"treaty\": 7}", 200, "application/json",
                good)).as("an accepted request outside its schema").isNotEmpty();
        assertThat(check.check("GET", "/api/treaties/x", null, null, 418, "application/json", "{}"))
                .as("a status the document does not list").isNotEmpty();
        assertThat(check.check("GET", "/api/treaties/x", null, null, 404, "application/json", "{\"error\": 1}"))
                .as("an error without its detail").isNotEmpty();
    }
}
