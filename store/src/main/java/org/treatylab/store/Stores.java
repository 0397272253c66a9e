package org.treatylab.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.treatylab.domain.InputException;

/**
 * Opens a store from a file path (SQLite) or a JDBC URL, creating or migrating its schema: the ledger port alone
 * ({@link #open}) or a server's whole {@link Database} ({@link #openOrCreate}).
 */
public final class Stores {
    private Stores() {
    }

    /** True for a JDBC URL, false for a path to a SQLite file. */
    public static boolean isUrl(String target) {
        return target.startsWith("jdbc:");
    }

    /**
     * Opens the store at {@code target}.
     *
     * @param create create the database (a SQLite file must then not exist yet); else it must exist
     * @throws InputException naming the target when it cannot be opened as asked
     */
    public static JdbcLedgerStore open(String target, boolean create) {
        String url = target;
        if (!isUrl(target)) {
            Path p = Path.of(target);
            if (create && Files.exists(p)) {
                throw new InputException(target + ": already exists (a ledger is initialised once)");
            }
            if (!create && !Files.isRegularFile(p)) {
                throw new InputException(target + ": no ledger here (run 'treatylab ledger init' first)");
            }
            if (create && p.toAbsolutePath().getParent() != null && !Files.isDirectory(p.toAbsolutePath().getParent())) {
                throw new InputException(target + ": the folder does not exist");
            }
            url = "jdbc:sqlite:" + target;
        }
        Properties props = properties(url);
        try {
            Flyway.configure().dataSource(url, props.getProperty("user"), props.getProperty("password"))
                    .locations("classpath:org/treatylab/store/migration").table("ledger_schema_history").loggers("slf4j")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new InputException(redact(target) + ": cannot prepare the ledger schema: " + firstLine(e.getMessage()));
        }
        JdbcLedgerStore store = new JdbcLedgerStore(url, props);
        if (!create && isUrl(target) && store.parties().isEmpty()) {
            store.close();
            throw new InputException(redact(target) + ": no ledger here (run 'treatylab ledger init' first)");
        }
        return store;
    }

    /**
     * Opens the store at {@code target}, creating it when it does not exist yet (a server's first start); a ledger
     * without parties is allowed here: its routes say it is not initialised.
     */
    public static Database openOrCreate(String target) {
        JdbcLedgerStore ledger = open(target, isUrl(target) || !Files.exists(Path.of(target)));
        String url = isUrl(target) ? target : "jdbc:sqlite:" + target;
        try {
            return new Database(ledger, new JdbcSessionStore(url, properties(url)));
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    static Properties properties(String url) {
        Properties p = new Properties();
        if (url.startsWith("jdbc:sqlite:")) {
            // A commit returns once the WAL is synced to disk: nothing acknowledged is lost on a crash.
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", "30000");
            // Take the write lock when the transaction starts, so that the head read in it cannot go stale.
            p.setProperty("transaction_mode", "IMMEDIATE");
        }
        return p;
    }

    /** The target without a password, for messages. */
    static String redact(String target) {
        return target.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }
}
