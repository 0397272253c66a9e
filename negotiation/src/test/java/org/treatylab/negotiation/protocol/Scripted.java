package org.treatylab.negotiation.protocol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** A test agent that plays a fixed list of moves (each computed from the view), then ends. */
final class Scripted implements Agent {
    final Deque<Function<TurnView, Move>> script = new ArrayDeque<>();
    final List<Turn> observed = new ArrayList<>();
    AgentSetup setup;

    @SafeVarargs
    static Scripted of(Function<TurnView, Move>... moves) {
        Scripted s = new Scripted();
        s.script.addAll(List.of(moves));
        return s;
    }

    @Override
    public void start(AgentSetup setup) {
        this.setup = setup;
    }

    @Override
    public Move move(TurnView view) {
        return script.isEmpty() ? new EndNegotiation() : script.poll().apply(view);
    }

    @Override
    public void observe(Turn turn) {
        observed.add(turn);
    }
}
