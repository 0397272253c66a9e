package org.treatylab.app;

import java.nio.file.Path;
import org.treatylab.app.foundation.Foundation;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.ProofsDoor;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.Tournaments;
import org.treatylab.app.stability.StabilityDoor;
import org.treatylab.app.sweep.SweepDoor;
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
    private final Inputs inputs;
    private final LedgerDoor ledger;
    // made on first use: a command pays only for the doors it opens
    private Foundation foundation;
    private StabilityDoor stability;
    private TalksDoor talks;
    private NegotiationDoor negotiation;
    private Tournaments tournaments;
    private ProofsDoor proofs;
    private SweepDoor sweeps;

    private Workbench(Database database, TreatyDrafts drafts, Path keys) {
        this.database = database;
        this.inputs = new Inputs(drafts);
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

    public synchronized Foundation foundation() {
        if (foundation == null) {
            foundation = new Foundation(inputs);
        }
        return foundation;
    }

    public synchronized StabilityDoor stability() {
        if (stability == null) {
            stability = new StabilityDoor(inputs);
        }
        return stability;
    }

    public synchronized TalksDoor talks() {
        if (talks == null) {
            talks = new TalksDoor();
        }
        return talks;
    }

    public synchronized NegotiationDoor negotiation() {
        if (negotiation == null) {
            negotiation = new NegotiationDoor();
        }
        return negotiation;
    }

    /** Tournaments, run to their end or as background jobs (at most two at a time, the last 20 kept). */
    public synchronized Tournaments tournaments() {
        if (tournaments == null) {
            tournaments = Tournaments.withThreads(negotiation(), Tournaments.RUNNING_JOBS, 20);
        }
        return tournaments;
    }

    /** The ledger over the database; IllegalStateException without one. */
    public LedgerDoor ledger() {
        if (ledger == null) {
            throw new IllegalStateException("no ledger without a store");
        }
        return ledger;
    }

    /** Sweeps: examples, runs on local cores or Spark, benchmarks, and the server's small sweeps (one at a time). */
    public synchronized SweepDoor sweeps() {
        if (sweeps == null) {
            sweeps = new SweepDoor();
        }
        return sweeps;
    }

    public synchronized ProofsDoor proofs() {
        if (proofs == null) {
            proofs = new ProofsDoor();
        }
        return proofs;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
