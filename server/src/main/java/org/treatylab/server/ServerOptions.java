package org.treatylab.server;

import java.nio.file.Path;
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
 * @param hostKey the host's key file (made on first start; outside the database's folder), or null for a host that
 *     signs no heads of its ledger
 * @param rateLimit requests a second allowed per API token (a burst of as many), 0 for no limit (the default)
 */
public record ServerOptions(String bind, int port, String db, long maxRequestBytes, Path keys, Duration sessionIdle,
        Path hostKey, int rateLimit) {
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
        if (rateLimit < 0) {
            throw new IllegalArgumentException("rateLimit must not be negative, got " + rateLimit);
        }
    }

    /** The database file created on first start when none is given. */
    public static final String DEFAULT_DB = "treatylab.db";

    /**
     * Loopback, port 7070, the default SQLite file in the working directory, 1 MiB bodies, sessions kept a day idle,
     * no host key, no rate limit.
     */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 7070, DEFAULT_DB, 1 << 20, null, Duration.ofHours(24), null, 0);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(bind, p, db, maxRequestBytes, keys, sessionIdle, hostKey, rateLimit);
    }

    public ServerOptions withBind(String b) {
        return new ServerOptions(b, port, db, maxRequestBytes, keys, sessionIdle, hostKey, rateLimit);
    }

    /** Another database (null keeps the default file). */
    public ServerOptions withDb(String d) {
        return new ServerOptions(bind, port, d == null ? DEFAULT_DB : d, maxRequestBytes, keys, sessionIdle, hostKey,
                rateLimit);
    }

    public ServerOptions withKeys(Path k) {
        return new ServerOptions(bind, port, db, maxRequestBytes, k, sessionIdle, hostKey, rateLimit);
    }

    public ServerOptions withSessionIdle(Duration idle) {
        return new ServerOptions(bind, port, db, maxRequestBytes, keys, idle, hostKey, rateLimit);
    }

    public ServerOptions withHostKey(Path k) {
        return new ServerOptions(bind, port, db, maxRequestBytes, keys, sessionIdle, k, rateLimit);
    }

    public ServerOptions withRateLimit(int perSecond) {
        return new ServerOptions(bind, port, db, maxRequestBytes, keys, sessionIdle, hostKey, perSecond);
    }
}
