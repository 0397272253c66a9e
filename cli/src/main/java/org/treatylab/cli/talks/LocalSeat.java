package org.treatylab.cli.talks;

import java.util.List;
import org.treatylab.app.talks.RankedTerms;
import org.treatylab.app.talks.ScenarioView;
import org.treatylab.app.talks.TalksDoor;
import org.treatylab.app.talks.TalksMoveRequest;
import org.treatylab.app.talks.TalksState;

/** A seat in this process's talks door: the only person's, so the engine agents answer every move at once. */
record LocalSeat(TalksDoor door, ScenarioView scenario, String id, String secret) implements Seat {
    @Override
    public TalksState state() {
        return door.state(id, secret);
    }

    @Override
    public TalksState move(TalksMoveRequest move) {
        return door.move(id, secret, move);
    }

    @Override
    public List<RankedTerms> best(int n) {
        return door.best(id, secret, n);
    }

    @Override
    public TalksState awaitTurn(TalksState now) {
        if (!now.over() && !now.yourTurn()) {
            throw new IllegalStateException("talks at the console wait for nobody, yet it is " + now.turn()
                    + "'s turn");
        }
        return now;
    }
}
