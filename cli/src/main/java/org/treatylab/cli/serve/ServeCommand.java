package org.treatylab.cli.serve;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.InputException;
import org.treatylab.server.ServerOptions;
import org.treatylab.server.TreatyLabServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treatylab serve}: the HTTP API and the web page until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (/api, /openapi.json) and the web page until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "port (0 = any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", description = "SQLite file or PostgreSQL JDBC URL")
    String db;

    @Option(names = "--keys", paramLabel = "DIR", description = "the parties' key folder the server signs ledger "
            + "writes with (default: PATH.keys beside a file database; a JDBC URL has none)")
    java.nio.file.Path keys;

    @Option(names = "--host-key", paramLabel = "FILE", description = "the host's own Ed25519 key, with which it signs "
            + "heads of the ledger's log for witnesses (made with FILE.pub on first start); keep it outside the "
            + "database's folder. Without it, GET /api/ledger/head answers 503")
    java.nio.file.Path hostKey;

    @Option(names = "--rate-limit", defaultValue = "0", paramLabel = "N", description = "requests a second allowed "
            + "per API token, 429 beyond (default 0: no limit)")
    int rateLimit;

    @Option(names = "--idle-hours", defaultValue = "24", paramLabel = "H",
            description = "how long a talks room, negotiation session or tournament job is kept without a move "
                    + "(default ${DEFAULT-VALUE})")
    int idleHours;

    @Override
    public Integer call() throws InterruptedException {
        if (rateLimit < 0 || rateLimit > 1_000_000) {
            throw new InputException("--rate-limit must be 0-1000000, got " + rateLimit);
        }
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be 0-65535, got " + port);
        }
        if (keys != null && !java.nio.file.Files.isDirectory(keys)) {
            throw new InputException("--keys: " + keys + " is not a folder");
        }
        if (idleHours < 1 || idleHours > 24 * 366) {
            throw new InputException("--idle-hours must be 1-" + 24 * 366 + ", got " + idleHours);
        }
        // Opening the database and building the API description take a few seconds: say so at once.
        spec.commandLine().getOut().println("TreatyLab: starting on " + bind + ":" + port + "…");
        spec.commandLine().getOut().flush();
        TreatyLabServer server;
        try {
            server = TreatyLabServer.start(ServerOptions.defaults().withBind(bind).withPort(port).withDb(db)
                    .withKeys(keys).withSessionIdle(java.time.Duration.ofHours(idleHours)).withHostKey(hostKey)
                    .withRateLimit(rateLimit));
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AppException.failed("cannot start the server on " + bind + ":" + port + ": " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "treatylab-shutdown"));
        if (server.hostKey() != null) {
            spec.commandLine().getOut().println("host key " + server.hostKey().file() + (server.hostKey().created()
                    ? " (made now, with " + server.hostKey().file() + ".pub)" : "") + "; log id "
                    + server.hostKey().logId());
        }
        spec.commandLine().getOut().println("TreatyLab is serving at " + server.url() + " (API: " + server.url()
                + "api, OpenAPI: " + server.url() + "openapi.json). Ctrl-C stops it.");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
