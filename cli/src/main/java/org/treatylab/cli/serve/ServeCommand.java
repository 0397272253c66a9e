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

    @Option(names = "--idle-hours", defaultValue = "24", paramLabel = "H",
            description = "how long a talks room, negotiation session or tournament job is kept without a move "
                    + "(default ${DEFAULT-VALUE})")
    int idleHours;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be 0-65535, got " + port);
        }
        if (keys != null && !java.nio.file.Files.isDirectory(keys)) {
            throw new InputException("--keys: " + keys + " is not a folder");
        }
        if (idleHours < 1 || idleHours > 24 * 366) {
            throw new InputException("--idle-hours must be 1-" + 24 * 366 + ", got " + idleHours);
        }
        TreatyLabServer server;
        try {
            server = TreatyLabServer.start(ServerOptions.defaults().withBind(bind).withPort(port).withDb(db)
                    .withKeys(keys).withSessionIdle(java.time.Duration.ofHours(idleHours)));
        } catch (RuntimeException e) {
            throw AppException.failed("cannot start the server on " + bind + ":" + port + ": " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "treatylab-shutdown"));
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
