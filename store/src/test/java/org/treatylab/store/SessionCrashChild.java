package org.treatylab.store;

import java.time.Instant;
import java.util.List;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.SessionStore;
import org.treatylab.domain.session.StoredSession;

/**
 * The process the session store's crash test kills: appends moves to one session for ever, each with the state
 * {@code moves=N}, and prints "ack SEQ" after each is committed. Argument: the store target.
 */
public final class SessionCrashChild {
    static final String ID = "crash-game";

    private SessionCrashChild() {
    }

    public static void main(String[] args) {
        Database db = Stores.openOrCreate(args[0]);
        SessionStore store = db.sessions();
        if (store.load(ID).isEmpty()) {
            store.create(new StoredSession(ID, "talks", "spec", "moves=0", Instant.now(), Instant.now(), List.of()));
        }
        for (int seq = store.load(ID).orElseThrow().log().size(); ; seq++) {
            store.save(ID, List.of(new LogEntry(seq, "move " + seq, Instant.now())), "moves=" + (seq + 1),
                    Instant.now());
            System.out.println("ack " + seq);
            System.out.flush();
        }
    }
}
