package org.treatylab.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The session store contract on a real PostgreSQL (embedded binaries, durable commits switched on). */
class PostgresSessionStoreTest extends JdbcSessionStoreContract {
    private static EmbeddedPostgres pg;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @Override
    String newTarget() throws Exception {
        String db = "sessions_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + db);
        }
        return pg.getJdbcUrl("postgres", db);
    }
}
