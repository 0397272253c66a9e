package org.treatylab.app.common;

import java.util.Objects;

/**
 * Who looks at a game: the person in one seat (a delegation, a party), or a watcher (a teacher, anyone with the room
 * code). What a state shows depends on it: a seat sees its own values, a watcher sees both sides' only when the game
 * is over or was created in classroom mode.
 */
public sealed interface Viewer permits Viewer.InSeat, Viewer.Watcher {
    /** Anyone with the room code and no seat. */
    Viewer WATCHER = new Watcher();

    /** The seat's party, or null for a watcher. */
    String party();

    /** The person in the seat of {@code party}. */
    record InSeat(String party) implements Viewer {
        public InSeat {
            Objects.requireNonNull(party, "party");
        }
    }

    /** A watcher. */
    record Watcher() implements Viewer {
        @Override
        public String party() {
            return null;
        }
    }
}
