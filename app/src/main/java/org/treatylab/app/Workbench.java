package org.treatylab.app;

import org.treatylab.app.foundation.Foundation;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.store.Database;
import org.treatylab.store.Stores;

/**
 * Every front door, wired: the composition root of the application. The server opens one over its database (the
 * store's ports: ledger, drafts); the command line uses one without a store.
 */
public final class Workbench implements AutoCloseable {
    private final Database database;
    private final Foundation foundation;

    private Workbench(Database database, TreatyDrafts drafts) {
        this.database = database;
        Inputs inputs = new Inputs(drafts);
        this.foundation = new Foundation(inputs);
    }

    /** Doors without a store: no drafts are kept (the command line). */
    public static Workbench offline() {
        return new Workbench(null, TreatyDrafts.NONE);
    }

    /**
     * Doors over the database at {@code db} (a SQLite file, created and migrated on first use, or a JDBC URL).
     *
     * @throws org.treatylab.domain.InputException naming the database when it cannot be opened
     */
    public static Workbench open(String db) {
        Database d = Stores.openOrCreate(db);
        return new Workbench(d, d.drafts());
    }

    public Foundation foundation() {
        return foundation;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
