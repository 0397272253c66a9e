package org.treatylab.app;

import java.nio.file.Path;
import org.treatylab.app.foundation.Foundation;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.ProofsDoor;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.Tournaments;
import org.treatylab.app.stability.StabilityDoor;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.store.Database;
import org.treatylab.store.Stores;

/**
 * Every front door, wired: the composition root of the application. The server opens one over its database (the
 * store's ports: ledger, drafts); the command line uses one without a store (its ledger commands open
 * {@link LedgerDoor#open} per command).
 */
public final class Workbench implements AutoCloseable {
    private final Database database;
    private final Foundation foundation;
    private final StabilityDoor stability;
    private final TalksDoor talks;
    private final NegotiationDoor negotiation;
    private final Tournaments tournaments;
    private final LedgerDoor ledger;
    private final ProofsDoor proofs = new ProofsDoor();

    private Workbench(Database database, TreatyDrafts drafts, Path keys) {
        this.database = database;
        Inputs inputs = new Inputs(drafts);
        this.foundation = new Foundation(inputs);
        this.stability = new StabilityDoor(inputs);
        this.talks = new TalksDoor();
        this.negotiation = new NegotiationDoor();
        this.tournaments = Tournaments.withThreads(negotiation, Tournaments.RUNNING_JOBS, 20);
        this.ledger = database == null ? null : new LedgerDoor(database.ledger(), keys, true);
    }

    /** Doors without a store: no drafts are kept, no ledger (the command line). */
    public static Workbench offline() {
        return new Workbench(null, TreatyDrafts.NONE, null);
    }

    /**
     * Doors over the database at {@code db} (a SQLite file, created and migrated on first use, or a JDBC URL).
     *
     * @param keys the parties' key folder for the ledger's writes, or null for {@code PATH.keys} beside a file database
     *     (none for a JDBC URL)
     * @throws org.treatylab.domain.InputException naming the database when it cannot be opened
     */
    public static Workbench open(String db, Path keys) {
        Database d = Stores.openOrCreate(db);
        return new Workbench(d, d.drafts(), keys != null ? keys : LedgerDoor.defaultKeys(db));
    }

    public Foundation foundation() {
        return foundation;
    }

    public StabilityDoor stability() {
        return stability;
    }

    public TalksDoor talks() {
        return talks;
    }

    public NegotiationDoor negotiation() {
        return negotiation;
    }

    public Tournaments tournaments() {
        return tournaments;
    }

    /** The ledger over the database; IllegalStateException without one. */
    public LedgerDoor ledger() {
        if (ledger == null) {
            throw new IllegalStateException("no ledger without a store");
        }
        return ledger;
    }

    public ProofsDoor proofs() {
        return proofs;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
