package org.treatylab.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatylab.app.foundation.Foundation;
import org.treatylab.app.foundation.Inputs;
import org.treatylab.app.ledger.LedgerDoor;
import org.treatylab.app.ledger.ProofsDoor;
import org.treatylab.app.negotiation.NegotiationDoor;
import org.treatylab.app.negotiation.Tournaments;
import org.treatylab.app.stability.StabilityDoor;
import org.treatylab.app.sweep.SweepDoor;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.domain.session.InMemorySessionStore;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.treaty.TreatyDrafts;
import org.treatylab.store.Database;
import org.treatylab.store.Stores;

/**
 * Every front door, wired: the composition root of the application. The server opens one over its database (the
 * store's ports: ledger, drafts, kept sessions); the command line uses one without a store (its ledger commands open
 * {@link LedgerDoor#open} per command; its sessions live in memory).
 *
 * <p>Kept sessions (talks rooms, negotiation sessions, tournament jobs) expire after {@link Keeping#idle} without a
 * change; the store is swept at open and every minute.
 */
public final class Workbench implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("treatylab.sessions");
    private final Database database;
    private final Inputs inputs;
    private final LedgerDoor ledger;
    private final SessionStore sessions;
    private final Keeping keeping;
    private final ScheduledExecutorService sweeper;
    // made on first use: a command pays only for the doors it opens
    private Foundation foundation;
    private StabilityDoor stability;
    private TalksDoor talks;
    private NegotiationDoor negotiation;
    private Tournaments tournaments;
    private ProofsDoor proofs;
    private SweepDoor sweeps;

    /**
     * How sessions are kept.
     *
     * @param idle how long a session is kept without a change (a move, a seat taken, a tournament's progress)
     * @param clock the clock that measures it
     */
    public record Keeping(Duration idle, Clock clock) {
        /** A day without a change. */
        public static final Duration DEFAULT_IDLE = Duration.ofHours(24);

        public Keeping {
            if (idle == null || idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("idle: expected a positive duration, got " + idle);
            }
            java.util.Objects.requireNonNull(clock, "clock");
        }

        public static Keeping defaults() {
            return new Keeping(DEFAULT_IDLE, Clock.systemUTC());
        }
    }

    private Workbench(Database database, TreatyDrafts drafts, Path keys, SessionStore sessions, Keeping keeping) {
        this.database = database;
        this.inputs = new Inputs(drafts);
        this.ledger = database == null ? null : new LedgerDoor(database.ledger(), keys, true);
        this.sessions = sessions;
        this.keeping = keeping;
        if (database == null) {
            this.sweeper = null;
        } else {
            expireIdle();
            this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "session-expiry");
                t.setDaemon(true);
                return t;
            });
            sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
        }
    }

    /** Doors without a store: no drafts are kept, no ledger, sessions in memory (the command line). */
    public static Workbench offline() {
        return new Workbench(null, TreatyDrafts.NONE, null, new InMemorySessionStore(), Keeping.defaults());
    }

    /**
     * Doors over the database at {@code db} (a SQLite file, created and migrated on first use, or a JDBC URL).
     *
     * @param keys the parties' key folder for the ledger's writes, or null for {@code PATH.keys} beside a file database
     *     (none for a JDBC URL)
     * @throws org.treatylab.domain.InputException naming the database when it cannot be opened
     */
    public static Workbench open(String db, Path keys) {
        return open(db, keys, Keeping.defaults());
    }

    /** Doors over the database at {@code db}, sessions kept as {@code keeping} says. */
    public static Workbench open(String db, Path keys, Keeping keeping) {
        Database d = Stores.openOrCreate(db);
        try {
            return new Workbench(d, d.drafts(), keys != null ? keys : LedgerDoor.defaultKeys(db), d.sessions(),
                    keeping);
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private void sweep() {
        try {
            expireIdle();
        } catch (RuntimeException e) {
            LOG.error("expiring idle sessions failed", e);
        }
    }

    /**
     * Removes the sessions idle for longer than {@link Keeping#idle} from the store and the doors.
     *
     * @return the ids removed
     */
    public List<String> expireIdle() {
        List<String> gone = sessions.expire(keeping.clock().instant().minus(keeping.idle()));
        if (!gone.isEmpty()) {
            LOG.info("expired {} idle sessions: {}", gone.size(), gone);
            synchronized (this) {
                if (talks != null) {
                    talks.sessions().forget(gone);
                }
                if (negotiation != null) {
                    negotiation.sessions().forget(gone);
                }
                if (tournaments != null) {
                    tournaments.jobs().forget(gone);
                }
            }
        }
        return gone;
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
            talks = new TalksDoor(sessions, keeping.clock());
        }
        return talks;
    }

    public synchronized NegotiationDoor negotiation() {
        if (negotiation == null) {
            negotiation = new NegotiationDoor(sessions, keeping.clock());
        }
        return negotiation;
    }

    /**
     * Tournaments, run to their end or as background jobs (at most two at a time, the last 20 kept); jobs stopped by
     * a restart run on when this is first called.
     */
    public synchronized Tournaments tournaments() {
        if (tournaments == null) {
            tournaments = Tournaments.withThreads(negotiation(), Tournaments.RUNNING_JOBS, 20, sessions,
                    keeping.clock());
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
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        if (database != null) {
            database.close();
        }
    }
}
