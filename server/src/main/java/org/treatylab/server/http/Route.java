package org.treatylab.server.http;

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
 * @param body the request body's media type, description, example and shape, or null for none
 * @param response the shape of the 2xx answer (a record of the application layer, or text), or null for none
 * @param responses status codes the route answers besides 200, with what they mean
 * @param role who may call the route: anyone, a token of any role, or a party's token
 */
public record Route(Method method, String path, String tag, String summary, Handler handler, List<Param> query,
        Body body, Shape response, List<Response> responses, Role role) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(role, "role");
        query = List.copyOf(query);
        responses = List.copyOf(responses);
    }

    /** Whether the route needs a credential. */
    public boolean auth() {
        return role != Role.PUBLIC;
    }

    /**
     * Who may call a route. A token carries one role: {@code party} (writes its own records, reads what the other
     * party revealed to it) or {@code observer} (reads signed heads and proofs); a party's token may also do what an
     * observer's may.
     */
    public enum Role {
        /** Anyone: no credential read. */
        PUBLIC,
        /** A token of either role. */
        OBSERVER,
        /** A party's token; the party is the token's. */
        PARTY;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether a credential of role {@code held} may call a route of this role. */
        public boolean admits(Role held) {
            return this == PUBLIC || held == PARTY || (this == OBSERVER && held == OBSERVER);
        }
    }

    /** HTTP methods the API uses. */
    public enum Method { GET, POST, PUT, DELETE }

    /**
     * A query parameter.
     *
     * @param type integer, number or string
     */
    public record Param(String name, String description, boolean required, String type) {
    }

    /**
     * What a body holds: a JSON value of {@code type} (a record, String, Long, Double, Boolean) or an array of them,
     * or text of a media type (type String).
     */
    public record Shape(String mediaType, Class<?> type, boolean array) {
        public static Shape json(Class<?> type) {
            return new Shape("application/json", type, false);
        }

        public static Shape jsonList(Class<?> type) {
            return new Shape("application/json", type, true);
        }

        public static Shape text(String mediaType) {
            return new Shape(mediaType, String.class, false);
        }
    }

    /**
     * A request body: its shape, description and an example (JSON text for JSON bodies).
     */
    public record Body(Shape shape, String description, String example) {
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
        private Shape response;
        private Role role = Role.PUBLIC;

        Builder(Method method, String path, String tag, String summary) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.summary = summary;
        }

        public Builder query(String name, String type, String description) {
            query.add(new Param(name, description, false, type));
            return this;
        }

        public Builder requiredQuery(String name, String type, String description) {
            query.add(new Param(name, description, true, type));
            return this;
        }

        /** A JSON body whose fields are those of {@code record}'s components in snake_case. */
        public Builder json(Class<?> record, String description, String example) {
            body = new Body(Shape.json(record), description, example);
            return this;
        }

        public Builder text(String mediaType, String description, String example) {
            body = new Body(Shape.text(mediaType), description, example);
            return this;
        }

        /** The 2xx answer is a JSON {@code type}. */
        public Builder returns(Class<?> type) {
            response = Shape.json(type);
            return this;
        }

        /** The 2xx answer is a JSON array of {@code type}. */
        public Builder returnsList(Class<?> type) {
            response = Shape.jsonList(type);
            return this;
        }

        /** The 2xx answer is text of a media type. */
        public Builder returnsText(String mediaType) {
            response = Shape.text(mediaType);
            return this;
        }

        public Builder answers(int status, String description) {
            responses.add(new Response(status, description));
            return this;
        }

        /** Marks the route as needing a party credential (documents 401 and 403). */
        public Builder authenticated() {
            return role(Role.PARTY);
        }

        /** Who may call the route (documents 401 and 403 unless public). */
        public Builder role(Role r) {
            role = Objects.requireNonNull(r, "role");
            return this;
        }

        public Route handle(Handler handler) {
            List<Response> all = new java.util.ArrayList<>(responses);
            if (body != null && all.stream().noneMatch(r -> r.status() == 400)) {
                all.add(new Response(400, "the body is invalid (JSON error object)"));
            }
            if (body == null && !query.isEmpty() && all.stream().noneMatch(r -> r.status() == 400)) {
                all.add(new Response(400, "a query parameter is invalid (JSON error object)"));
            }
            if (body != null) {
                all.add(new Response(413, "the body is larger than the server accepts (1 MiB by default)"));
            }
            if (role != Role.PUBLIC) {
                all.add(new Response(401, "no valid credential"));
                all.add(new Response(403, role == Role.PARTY ? "the credential is not a party's, or its party may not"
                        + " do this" : "the credential may not do this"));
                all.add(new Response(429, "this token sent more requests than the server's rate limit allows"));
            }
            return new Route(method, path, tag, summary, handler, query, body, response, all, role);
        }
    }
}
