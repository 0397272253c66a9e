package org.treatylab.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import org.treatylab.domain.InputException;
import org.treatylab.store.JdbcLedgerStore;
import org.treatylab.store.KeyFiles;
import org.treatylab.store.Stores;

/**
 * The TreatyLab HTTP server: the REST API under {@code /api}, {@code /openapi.json} and the web page.
 *
 * <p>Every route comes from one table ({@link #routes()}), which also produces the OpenAPI document.
 */
public final class TreatyLabServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("treatylab.http");
    private final Javalin app;
    private final List<Route> routes;
    private final ServerOptions options;
    private final JdbcLedgerStore store;

    private TreatyLabServer(Javalin app, List<Route> routes, ServerOptions options, JdbcLedgerStore store) {
        this.app = app;
        this.routes = routes;
        this.options = options;
        this.store = store;
    }

    /** Builds the route table and starts listening. */
    public static TreatyLabServer start(ServerOptions options) {
        JdbcLedgerStore store = Stores.openOrCreate(options.db());
        DraftTreaties drafts = new DraftTreaties(store.drafts());
        Path keys = options.keys() != null ? options.keys()
                : Stores.isUrl(options.db()) ? null : KeyFiles.folder(options.db(), null);
        LedgerRoutes ledger = new LedgerRoutes(store, keys);
        List<Route> routes = new ArrayList<>();
        // Each area contributes its routes; add new areas here.
        routes.addAll(new FoundationRoutes(drafts).routes());
        routes.addAll(new TalksRoutes().routes());
        routes.addAll(new StabilityRoutes(drafts).routes());
        routes.addAll(ledger.routes());
        routes.addAll(new NegotiationRoutes().routes());
        routes.addAll(new TournamentRoutes().routes());
        routes.addAll(new SweepRoutes().routes());
        java.util.concurrent.atomic.AtomicReference<String> openApi = new java.util.concurrent.atomic.AtomicReference<>();
        routes.add(Route.get("/openapi.json", "system", "This OpenAPI document")
                .handle(ctx -> ctx.contentType("application/json").result(openApi.get())));
        List<Route> table = List.copyOf(routes);
        openApi.set(OpenApiDocument.json(table));
        Javalin app = Javalin.create(config -> {
            config.jetty.host = options.bind();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxRequestBytes();
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) -> LOG.info("method={} path={} status={} ms={} bytes_in={}",
                    ctx.method(), ctx.path(), ctx.status().getCode(), String.format("%.1f", ms),
                    ctx.contentLength()));
            // Credentials first: a ledger request without a valid token is answered before its body is read.
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
            config.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(error(e.getMessage(),
                    e.detail())));
            config.routes.exception(InputException.class, (e, ctx) -> ctx.status(400)
                    .json(error("bad request", e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .json(error(statusText(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).json(error("internal error", "the server failed; see its log"));
            });
            config.routes.error(404, "application/json", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(error("not found", "no route " + ctx.method() + " " + ctx.path()));
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new TreatyLabServer(app, table, options, store);
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

    static Map<String, String> error(String error, String detail) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("detail", detail == null ? "" : detail);
        return m;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.bind().equals("0.0.0.0") ? "127.0.0.1" : options.bind();
        return "http://" + host + ":" + port() + "/";
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
            store.close();
        }
    }
}
