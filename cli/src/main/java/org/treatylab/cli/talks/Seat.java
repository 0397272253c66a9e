package org.treatylab.cli.talks;

import java.util.List;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksState;

/**
 * The seat a person plays at the console: in this process's talks door ({@link LocalSeat}) or in a server's room
 * ({@link RemoteSeat}). Its failures are the kinded exceptions of the door (bad input, a stale move, another seat's
 * turn).
 */
interface Seat {
    /** The talks' scenario (its issues and their options). */
    ScenarioView scenario();

    /** What the seat sees now. */
    TalksState state();

    /** The seat's move; the state after it (the engine agents having answered). */
    TalksState move(TalksMoveRequest move);

    /** The seat's {@code n} best outcomes, best first. */
    List<RankedTerms> best(int n);

    /** Waits until it is this seat's move or the talks are over (another person moves meanwhile); the new state. */
    TalksState awaitTurn(TalksState now);
}
