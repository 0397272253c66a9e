package org.treatylab.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class PgSmokeTest {
    @Test
    void starts() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(); Connection c = pg.getPostgresDatabase().getConnection()) {
            ResultSet rs = c.createStatement().executeQuery("select version()");
            rs.next();
            System.out.println("PG: " + rs.getString(1));
        }
    }
}
