package org.treatylab.app.talks;

import java.util.Map;
import java.util.Objects;
import org.treatylab.app.common.Copies;

/**
 * A seat's move as a request or the console gives it.
 *
 * @param move offer, accept or end
 * @param terms for an offer: issue id to option, changing the offer on the table (or each issue's first option)
 * @param round the round the mover saw, or null; a move for a round already played is refused (stale)
 */
public record TalksMoveRequest(String move, Map<String, String> terms, Integer round) {
    public TalksMoveRequest {
        Objects.requireNonNull(move, "move");
        terms = terms == null ? Map.of() : Copies.ordered(terms);
    }

    public static TalksMoveRequest offer(Map<String, String> terms) {
        return new TalksMoveRequest("offer", terms, null);
    }

    public static TalksMoveRequest accept() {
        return new TalksMoveRequest("accept", null, null);
    }

    public static TalksMoveRequest end() {
        return new TalksMoveRequest("end", null, null);
    }

    /** The same move for the round the mover saw. */
    public TalksMoveRequest inRound(int r) {
        return new TalksMoveRequest(move, terms, r);
    }
}
