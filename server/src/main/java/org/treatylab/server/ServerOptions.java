package org.treatylab.server;

import java.util.Objects;

/**
 * How to start the server.
 *
 * @param bind the address to listen on (127.0.0.1 by default: loopback only)
 * @param port the port, 0 for any free one
 * @param db a SQLite file path or a JDBC URL, or null for the default file
 * @param maxRequestBytes the largest request body accepted
 */
public record ServerOptions(String bind, int port, String db, long maxRequestBytes) {
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, got " + maxRequestBytes);
        }
    }

    /** Loopback, port 7070, default database, 1 MiB bodies. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 7070, null, 1 << 20);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(bind, p, db, maxRequestBytes);
    }

    public ServerOptions withBind(String b) {
        return new ServerOptions(b, port, db, maxRequestBytes);
    }

    public ServerOptions withDb(String d) {
        return new ServerOptions(bind, port, d, maxRequestBytes);
    }
}
