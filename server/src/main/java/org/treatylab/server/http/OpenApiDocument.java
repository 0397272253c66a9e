package org.treatylab.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3 document from the server's own route table (swagger-core model classes): request and response
 * schemas derived from the records the routes read and write ({@link Schemas}), examples as JSON values, the public
 * routes marked {@code security: []}, and the server's address.
 */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String ERROR = "#/components/schemas/Error";

    private OpenApiDocument() {
    }

    /**
     * Gives a type that no record describes (e.g. "a shipped name or uploaded files") its schema, written by hand by
     * the area that reads it; {@code needs} are the records the schema refers to.
     */
    public static void describe(Class<?> type, Schema<?> schema, Class<?>... needs) {
        Schemas.describe(type, schema, needs);
    }

    /**
     * The document as JSON with the address clients call ({@code server}, no trailing slash), known once the server
     * listens.
     */
    public static String json(OpenAPI model, String server) {
        return Json.pretty(model.servers(List.of(new Server().url(server).description("this server"))));
    }

    /** The document of a route table (the schemas derived once, the slow part). */
    public static OpenAPI build(List<Route> routes) {
        OpenAPI api = new OpenAPI().info(new Info().title("TreatyLab API").version("0.1.0")
                .description("Counting, compliance, stability, negotiation, the 2009 talks and the verification "
                        + "ledger. Errors are JSON {\"error\": ..., \"detail\": ...}.")
                        .contact(new io.swagger.v3.oas.models.info.Contact().name("TreatyLab")));
        Schemas schemas = new Schemas();
        Paths paths = new Paths();
        Set<String> tags = new LinkedHashSet<>();
        for (Route r : routes) {
            tags.add(r.tag());
            PathItem item = paths.computeIfAbsent(r.path(), k -> new PathItem());
            Operation op = new Operation().summary(r.summary()).description(r.summary()).addTagsItem(r.tag())
                    .operationId(operationId(r));
            Matcher m = PATH_PARAM.matcher(r.path());
            while (m.find()) {
                op.addParametersItem(new Parameter().in("path").name(m.group(1)).required(true)
                        .description("the " + m.group(1)).schema(new StringSchema()));
            }
            for (Route.Param q : r.query()) {
                op.addParametersItem(new Parameter().in("query").name(q.name()).description(q.description())
                        .required(q.required()).schema(switch (q.type()) {
                            case "integer" -> new IntegerSchema();
                            case "number" -> new NumberSchema();
                            default -> new StringSchema();
                        }));
            }
            if (r.body() != null) {
                Route.Body b = r.body();
                op.requestBody(new RequestBody().required(true).description(b.description())
                        .content(new Content().addMediaType(b.shape().mediaType(),
                                new MediaType().schema(schemas.of(b.shape(), false)).example(example(b)))));
            }
            op.responses(responses(r, schemas));
            op.setSecurity(r.auth() ? List.of(new SecurityRequirement().addList("apiToken")) : List.of());
            op.addExtension("x-role", r.role().label());
            switch (r.method()) {
                case GET -> item.get(op);
                case POST -> item.post(op);
                case PUT -> item.put(op);
                case DELETE -> item.delete(op);
                default -> throw new IllegalStateException("unhandled method " + r.method());
            }
        }
        Components components = new Components()
                .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("an API token: a party's (issued by 'treatylab ledger init') or "
                                + "an observer's ('treatylab ledger token --role observer'); each operation's x-role "
                                + "says which it needs: public, observer (either role) or party"));
        components.addSchemas("Error", new ObjectSchema().description("every error answer")
                .addProperty("error", new StringSchema()).addProperty("detail", new StringSchema())
                .required(List.of("error", "detail")));
        schemas.components().forEach(components::addSchemas);
        api.components(components);
        api.tags(tags.stream().map(t -> new Tag().name(t).description("the " + t + " routes")).toList());
        api.paths(paths);
        return api;
    }

    private static ApiResponses responses(Route r, Schemas schemas) {
        ApiResponses responses = new ApiResponses();
        Content error = new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(ERROR)));
        boolean success = r.responses().stream().anyMatch(x -> x.status() / 100 == 2);
        if (!success) {
            responses.addApiResponse("200", withBody(new ApiResponse().description("success"), r, schemas));
        }
        for (Route.Response x : r.responses()) {
            ApiResponse resp = new ApiResponse().description(x.description());
            if (x.status() >= 400) {
                resp.content(error);
            } else if (x.status() != 204) {
                withBody(resp, r, schemas);
            }
            responses.addApiResponse(Integer.toString(x.status()), resp);
        }
        return responses;
    }

    private static ApiResponse withBody(ApiResponse resp, Route r, Schemas schemas) {
        if (r.response() != null) {
            resp.content(new Content().addMediaType(r.response().mediaType(),
                    new MediaType().schema(schemas.of(r.response(), true))));
        }
        return resp;
    }

    private static Object example(Route.Body b) {
        if (!b.shape().mediaType().equals("application/json")) {
            return b.example();
        }
        try {
            return org.treatylab.report.Json.MAPPER.readTree(b.example());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example of a route is not JSON: " + b.example(), e);
        }
    }

    private static String operationId(Route r) {
        String id = r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_");
        return id.endsWith("_") ? id.substring(0, id.length() - 1) : id;
    }
}
