package org.treatylab.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two stores the server runs on, for the same test suites: a SQLite file in a fresh folder, and a fresh
 * database on one embedded PostgreSQL (durable commits on) shared by the test JVM.
 */
enum Backends {
    SQLITE, POSTGRES;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres pg;

    /** Options for a server on a random port over a new, empty database; keys go to a fresh folder. */
    ServerOptions options() {
        try {
            Path dir = Files.createTempDirectory("treatylab-server-test");
            String db = this == SQLITE ? dir.resolve("server.db").toString() : newPostgresDatabase();
            return ServerOptions.defaults().withPort(0).withDb(db).withKeys(dir.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String newPostgresDatabase() throws IOException {
        if (pg == null) {
            pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing more to do
                }
            }));
        }
        String name = "server_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        return pg.getJdbcUrl("postgres", name);
    }
}
