package org.treatylab.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How to start the server.
 *
 * @param bind the address to listen on (127.0.0.1 by default: loopback only)
 * @param port the port, 0 for any free one
 * @param db a SQLite file path or a JDBC URL, or null for the default file
 * @param maxRequestBytes the largest request body accepted
 * @param keys the parties' key folder, or null for the default beside a file database
 * @param sessionIdle how long a talks room, negotiation session or tournament job is kept without a change
 */
public record ServerOptions(String bind, int port, String db, long maxRequestBytes, java.nio.file.Path keys,
        Duration sessionIdle) {
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        Objects.requireNonNull(db, "db");
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, got " + maxRequestBytes);
        }
        if (sessionIdle == null || sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("sessionIdle must be positive, got " + sessionIdle);
        }
    }

    /** The database file created on first start when none is given. */
    public static final String DEFAULT_DB = "treatylab.db";

    /** Loopback, port 7070, the default SQLite file in the working directory, 1 MiB bodies, sessions kept a day idle. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 7070, DEFAULT_DB, 1 << 20, null, Duration.ofHours(24));
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(bind, p, db, maxRequestBytes, keys, sessionIdle);
    }

    public ServerOptions withBind(String b) {
        return new ServerOptions(b, port, db, maxRequestBytes, keys, sessionIdle);
    }

    /** Another database (null keeps the default file). */
    public ServerOptions withDb(String d) {
        return new ServerOptions(bind, port, d == null ? DEFAULT_DB : d, maxRequestBytes, keys, sessionIdle);
    }

    public ServerOptions withKeys(java.nio.file.Path k) {
        return new ServerOptions(bind, port, db, maxRequestBytes, k, sessionIdle);
    }

    public ServerOptions withSessionIdle(Duration idle) {
        return new ServerOptions(bind, port, db, maxRequestBytes, keys, idle);
    }
}
