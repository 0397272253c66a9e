package org.treatylab.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatylab.app.common.Failures;
import org.treatylab.app.Workbench;
import org.treatylab.domain.ErrorKind;
import org.treatylab.server.foundation.FoundationRoutes;
import org.treatylab.server.http.Answers;
import org.treatylab.server.http.ApiError;
import org.treatylab.server.http.JsonErrors;
import org.treatylab.server.http.OpenApiDocument;
import org.treatylab.server.http.Route;
import org.treatylab.server.ledger.LedgerRoutes;
import org.treatylab.server.negotiation.NegotiationRoutes;
import org.treatylab.server.negotiation.TournamentRoutes;
import org.treatylab.server.stability.StabilityRoutes;
import org.treatylab.server.talks.TalksRoutes;

/**
 * The TreatyLab HTTP server: the REST API under {@code /api}, {@code /openapi.json} and the web page.
 *
 * <p>Every route comes from one table ({@link #routes()}), which also produces the OpenAPI document. Each route only
 * parses its request, calls one front door of the application layer and writes the record it returns; the kinds of
 * the doors' failures are mapped to status codes in one place ({@link #failure}).
 */
public final class TreatyLabServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("treatylab.http");
    private final Javalin app;
    private final List<Route> routes;
    private final ServerOptions options;
    private final Workbench workbench;

    private TreatyLabServer(Javalin app, List<Route> routes, ServerOptions options, Workbench workbench) {
        this.app = app;
        this.routes = routes;
        this.options = options;
        this.workbench = workbench;
    }

    /** Builds the route table and starts listening. */
    public static TreatyLabServer start(ServerOptions options) {
        Workbench doors = Workbench.open(options.db(), options.keys(), new Workbench.Keeping(options.sessionIdle(),
                java.time.Clock.systemUTC()));
        LedgerRoutes ledger = new LedgerRoutes(doors.ledger(), doors.proofs());
        List<Route> routes = new ArrayList<>();
        // Each area contributes its routes; add new areas here.
        routes.addAll(new FoundationRoutes(doors.foundation()).routes());
        routes.addAll(new TalksRoutes(doors.talks()).routes());
        routes.addAll(new StabilityRoutes(doors.stability()).routes());
        routes.addAll(ledger.routes());
        routes.addAll(new NegotiationRoutes(doors.negotiation()).routes());
        routes.addAll(new TournamentRoutes(doors.tournaments(), doors.negotiation()).routes());
        routes.addAll(new org.treatylab.server.sweep.SweepRoutes(doors.sweeps()).routes());
        AtomicReference<String> openApi = new AtomicReference<>();
        AtomicReference<OpenAPI> model = new AtomicReference<>();
        routes.add(Route.get("/openapi.json", "system", "This OpenAPI document").returnsText("application/json")
                .handle(ctx -> ctx.contentType("application/json").result(openApi.updateAndGet(text -> text != null
                        ? text : OpenApiDocument.json(model.get(), "http://" + host(options) + ":" + ctx.port())))));
        List<Route> table = List.copyOf(routes);
        model.set(OpenApiDocument.build(table));
        Javalin app = Javalin.create(config -> {
            config.jetty.host = options.bind();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxRequestBytes();
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            // Jetty answers some requests before any route (bad URIs, oversized URIs and headers): in JSON too.
            config.jetty.modifyServer(server -> server.setErrorHandler(JsonErrors.server()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(JsonErrors.context()));
            config.requestLogger.http((ctx, ms) -> LOG.info("method={} path={} status={} ms={} bytes_in={}",
                    ctx.method(), ctx.path(), ctx.status().getCode(), String.format("%.1f", ms),
                    ctx.contentLength()));
            // A body larger than accepted is answered 413 from its declared length, before a byte of it is read, and
            // the connection is closed (rather than reset while the client is still sending).
            config.routes.before(ctx -> {
                if (ctx.contentLength() > options.maxRequestBytes()) {
                    ctx.header("Connection", "close");
                    throw new ApiError(413, "payload too large", "the body has " + ctx.contentLength()
                            + " bytes; at most " + options.maxRequestBytes() + " are accepted");
                }
            });
            // Credentials next: a ledger request without a valid token is answered before its body is read.
            config.routes.before("/api/ledger", ledger::authenticate);
            config.routes.before("/api/ledger/*", ledger::authenticate);
            for (Route r : table) {
                switch (r.method()) {
                    case GET -> config.routes.get(r.path(), r.handler());
                    case POST -> config.routes.post(r.path(), r.handler());
                    case PUT -> config.routes.put(r.path(), r.handler());
                    case DELETE -> config.routes.delete(r.path(), r.handler());
                    default -> throw new IllegalStateException("unhandled method " + r.method());
                }
            }
            config.routes.exception(ApiError.class, (e, ctx) -> Answers.json(ctx, e.status(),
                    ApiError.body(e.getMessage(), e.detail())));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Answers.json(ctx, e.getStatus(),
                    ApiError.body(statusText(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, TreatyLabServer::failure);
            config.routes.error(404, "application/json", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    Answers.json(ctx, 404, ApiError.body("not found", "no route " + ctx.method() + " " + ctx.path()));
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            doors.close();
            throw e;
        }
        return new TreatyLabServer(app, table, options, doors);
    }

    /** The one mapping of the doors' failure kinds to HTTP: status and JSON error; anything else is a 500. */
    private static void failure(Exception e, Context ctx) {
        Optional<ErrorKind> kind = Failures.kindOf(e);
        if (kind.isPresent()) {
            Answers.json(ctx, kind.get().httpStatus(), ApiError.body(kind.get().label(), Failures.message(e)));
            return;
        }
        LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        Answers.json(ctx, 500, ApiError.body("internal error", "the server failed; see its log"));
    }

    private static String statusText(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "payload too large";
            default -> "error " + status;
        };
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return "http://" + host(options) + ":" + port() + "/";
    }

    private static String host(ServerOptions options) {
        return options.bind().equals("0.0.0.0") ? "127.0.0.1" : options.bind();
    }

    /** The route table (what the OpenAPI document describes). */
    public List<Route> routes() {
        return routes;
    }

    /** The routes Javalin actually registered, as "METHOD path". */
    public List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            workbench.close();
        }
    }
}
