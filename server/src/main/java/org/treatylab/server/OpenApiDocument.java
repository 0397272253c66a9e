package org.treatylab.server;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3 document from the server's own route table (swagger-core model classes). */
final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApiDocument() {
    }

    static String json(List<Route> routes) {
        return Json.pretty(build(routes));
    }

    static OpenAPI build(List<Route> routes) {
        OpenAPI api = new OpenAPI().info(new Info().title("TreatyLab API").version("0.1.0")
                .description("Counting, compliance, stability, negotiation, the 2009 talks and the verification "
                        + "ledger. Errors are JSON {\"error\": ..., \"detail\": ...}."));
        api.components(new io.swagger.v3.oas.models.Components()
                .addSecuritySchemes("partyToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("a party's API token issued by 'treatylab ledger init'"))
                .addSchemas("Error", new ObjectSchema()
                        .addProperty("error", new StringSchema()).addProperty("detail", new StringSchema())));
        Paths paths = new Paths();
        for (Route r : routes) {
            PathItem item = paths.computeIfAbsent(r.path(), k -> new PathItem());
            Operation op = new Operation().summary(r.summary()).addTagsItem(r.tag())
                    .operationId(r.method().name().toLowerCase(java.util.Locale.ROOT) + r.path()
                            .replaceAll("[^A-Za-z0-9]+", "_"));
            Matcher m = PATH_PARAM.matcher(r.path());
            while (m.find()) {
                op.addParametersItem(new Parameter().in("path").name(m.group(1)).required(true)
                        .schema(new StringSchema()));
            }
            for (Route.Param q : r.query()) {
                op.addParametersItem(new Parameter().in("query").name(q.name()).description(q.description())
                        .required(q.required()).schema(new StringSchema()));
            }
            if (r.body() != null) {
                Schema<?> schema = r.body().mediaType().equals("application/json") ? new ObjectSchema()
                        : new StringSchema();
                op.requestBody(new RequestBody().required(true).description(r.body().description())
                        .content(new Content().addMediaType(r.body().mediaType(),
                                new MediaType().schema(schema).example(r.body().example()))));
            }
            ApiResponses responses = new ApiResponses();
            if (r.responses().stream().noneMatch(x -> x.status() / 100 == 2)) {
                responses.addApiResponse("200", new ApiResponse().description("success"));
            }
            Content error = new Content().addMediaType("application/json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Error")));
            for (Route.Response x : r.responses()) {
                ApiResponse resp = new ApiResponse().description(x.description());
                if (x.status() >= 400) {
                    resp.content(error);
                }
                responses.addApiResponse(Integer.toString(x.status()), resp);
            }
            op.responses(responses);
            if (r.auth()) {
                op.addSecurityItem(new SecurityRequirement().addList("partyToken"));
            }
            switch (r.method()) {
                case GET -> item.get(op);
                case POST -> item.post(op);
                case PUT -> item.put(op);
                case DELETE -> item.delete(op);
                default -> throw new IllegalStateException("unhandled method " + r.method());
            }
        }
        api.paths(paths);
        return api;
    }
}
