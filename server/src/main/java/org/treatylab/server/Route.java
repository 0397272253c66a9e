package org.treatylab.server;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Objects;

/**
 * One API route as registered with Javalin and described in the OpenAPI document: both come from this record,
 * so the document cannot drift from the routes.
 *
 * @param path a Javalin path such as {@code /api/treaties/{id}}
 * @param tag the group in the document (e.g. "treaties")
 * @param query query parameters the route reads
 * @param body the request body's media type and description, or null for none
 * @param responses status codes the route answers besides 200, with what they mean
 * @param auth true when the route needs a party credential
 */
public record Route(Method method, String path, String tag, String summary, Handler handler, List<Param> query,
        Body body, List<Response> responses, boolean auth) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        query = List.copyOf(query);
        responses = List.copyOf(responses);
    }

    /** HTTP methods the API uses. */
    public enum Method { GET, POST, PUT, DELETE }

    /** A query parameter. */
    public record Param(String name, String description, boolean required) {
    }

    /** A request body: media type, description and an example. */
    public record Body(String mediaType, String description, String example) {
    }

    /** A documented non-200 answer. */
    public record Response(int status, String description) {
    }

    public static Builder get(String path, String tag, String summary) {
        return new Builder(Method.GET, path, tag, summary);
    }

    public static Builder post(String path, String tag, String summary) {
        return new Builder(Method.POST, path, tag, summary);
    }

    public static Builder delete(String path, String tag, String summary) {
        return new Builder(Method.DELETE, path, tag, summary);
    }

    /** Builds a route step by step; {@link #handle(Handler)} finishes it. */
    public static final class Builder {
        private final Method method;
        private final String path;
        private final String tag;
        private final String summary;
        private final List<Param> query = new java.util.ArrayList<>();
        private final List<Response> responses = new java.util.ArrayList<>();
        private Body body;
        private boolean auth;

        Builder(Method method, String path, String tag, String summary) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.summary = summary;
        }

        public Builder query(String name, String description) {
            query.add(new Param(name, description, false));
            return this;
        }

        public Builder requiredQuery(String name, String description) {
            query.add(new Param(name, description, true));
            return this;
        }

        public Builder json(String description, String example) {
            body = new Body("application/json", description, example);
            return this;
        }

        public Builder text(String mediaType, String description, String example) {
            body = new Body(mediaType, description, example);
            return this;
        }

        public Builder answers(int status, String description) {
            responses.add(new Response(status, description));
            return this;
        }

        /** Marks the route as needing a party credential (documents 401 and 403). */
        public Builder authenticated() {
            auth = true;
            return this;
        }

        public Route handle(Handler handler) {
            List<Response> all = new java.util.ArrayList<>(responses);
            if (body != null && all.stream().noneMatch(r -> r.status() == 400)) {
                all.add(new Response(400, "the body is invalid (JSON error object)"));
            }
            if (auth) {
                all.add(new Response(401, "no valid credential"));
                all.add(new Response(403, "the credential's party may not do this"));
            }
            return new Route(method, path, tag, summary, handler, query, body, all, auth);
        }
    }
}
