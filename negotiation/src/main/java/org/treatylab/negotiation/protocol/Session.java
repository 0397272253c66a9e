package org.treatylab.negotiation.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.treatylab.negotiation.model.Outcome;

/**
 * One negotiation under the stacked alternating offers protocol (SAOP, as in GENIUS's multilateral protocol), advanced
 * move by move.
 *
 * <p>Parties move in the setup's order, round after round; the first must offer. At its turn a party offers an
 * outcome (which replaces the offer on the table), accepts the offer on the table, or ends the negotiation. An offer
 * is agreed when every other party has accepted it, one after the other. Without agreement the session ends at the
 * deadline. A forbidden move or an agent's exception ends the session with the reason and the party recorded; the
 * engine never throws because of an agent.
 *
 * <p>Drive it with {@link #step()} (asks the current party's agent) or, for an {@link ExternalAgent} without a move
 * source, {@link #submit(Move)}; inspect it at any time. {@link Negotiation#run} runs a session to its end. Not
 * thread-safe: one thread drives a session.
 */
public final class Session {
    private final SessionSetup setup;
    private final List<Participant> parties;
    private final List<PartyId> ids;
    private final int n;
    private final Instant started;
    private final boolean timed;
    private final List<Turn> history = new ArrayList<>();
    private final List<Turn> historyView = Collections.unmodifiableList(history);
    private final View view = new View();
    private long turns;
    private int current;
    private Outcome table;
    private int tableBy = -1;
    private int accepts;
    private SessionResult result;

    private Session(SessionSetup setup) {
        this.setup = setup;
        this.parties = setup.participants();
        this.ids = parties.stream().map(Participant::id).toList();
        this.n = parties.size();
        this.timed = setup.deadline() instanceof Deadline.Time;
        this.started = setup.clock().instant();
    }

    /** Starts a session: tells every agent its setup (an agent that fails here ends the session at once). */
    public static Session start(SessionSetup setup) {
        Session s = new Session(setup);
        SplittableRandom seeds = new SplittableRandom(setup.seed());
        for (int i = 0; i < s.n; i++) {
            Participant p = s.parties.get(i);
            AgentSetup as = new AgentSetup(p.id(), s.ids, p.profile(), setup.deadline(), seeds.split());
            try {
                p.agent().start(as);
            } catch (Throwable t) {
                rethrowFatal(t);
                s.end(EndReason.AGENT_FAILURE, i, "party " + p.id() + " failed to start: " + describe(t));
                return s;
            }
        }
        return s;
    }

    /** Asks the current party's agent for its move and applies it; empty when the session ended without a move. */
    public Optional<Turn> step() {
        requireRunning();
        Participant p = parties.get(current);
        if (p.agent() instanceof ExternalAgent e && !e.hasSource()) {
            throw new IllegalStateException("party " + p.id() + " is external: submit its move");
        }
        Move m;
        try {
            m = p.agent().move(view);
        } catch (Throwable t) {
            rethrowFatal(t);
            end(EndReason.AGENT_FAILURE, current, "party " + p.id() + " failed: " + describe(t));
            return Optional.empty();
        }
        return apply(m);
    }

    /** Applies a move that came from outside for the current party, whose agent must be an {@link ExternalAgent}. */
    public Optional<Turn> submit(Move move) {
        requireRunning();
        Participant p = parties.get(current);
        if (!(p.agent() instanceof ExternalAgent)) {
            throw new IllegalStateException("party " + p.id() + " is not external; its agent moves by step()");
        }
        return apply(move);
    }

    private Optional<Turn> apply(Move m) {
        PartyId who = ids.get(current);
        if (timed && setup.deadline().isPast(turns, n, elapsed())) {
            end(EndReason.DEADLINE, -1, "the move of party " + who + " came after the deadline");
            return Optional.empty();
        }
        String violation = violation(m);
        if (violation != null) {
            end(EndReason.PROTOCOL_VIOLATION, current, "party " + who + " " + violation);
            return Optional.empty();
        }
        Turn turn = new Turn(round(), who, m, time());
        history.add(turn);
        if (m instanceof Offer o) {
            table = o.outcome();
            tableBy = current;
            accepts = 0;
        } else if (m instanceof Accept) {
            accepts++;
        }
        turns++;
        current = (current + 1) % n;
        if (m instanceof EndNegotiation) {
            end(EndReason.ENDED_BY_PARTY, -1, "party " + who + " ended the negotiation");
        } else if (accepts == n - 1) {
            end(EndReason.AGREEMENT, -1, "every other party accepted the offer of party " + ids.get(tableBy));
        } else {
            notifyAll(turn);
            if (result == null && setup.deadline().isPast(turns, n, elapsed())) {
                end(EndReason.DEADLINE, -1, "deadline reached without agreement");
            }
        }
        return Optional.of(turn);
    }

    private String violation(Move m) {
        if (m == null) {
            return "made no move (null)";
        }
        if (m instanceof Offer o && !o.outcome().isOf(setup.domain())) {
            return "offered an outcome of domain '" + o.outcome().domain().name() + "'";
        }
        if (m instanceof Accept a) {
            if (table == null) {
                return "accepted with no offer on the table";
            }
            if (!a.outcome().equals(table)) {
                return "accepted " + a.outcome() + " but the offer on the table is " + table;
            }
        }
        return null;
    }

    private void notifyAll(Turn turn) {
        for (int i = 0; i < n && result == null; i++) {
            try {
                parties.get(i).agent().observe(turn);
            } catch (Throwable t) {
                rethrowFatal(t);
                end(EndReason.AGENT_FAILURE, i, "party " + ids.get(i) + " failed observing a move: " + describe(t));
            }
        }
    }

    private void end(EndReason reason, int culprit, String detail) {
        double t = time();
        List<Double> u = new ArrayList<>(n);
        List<Double> du = new ArrayList<>(n);
        for (Participant p : parties) {
            double value = reason == EndReason.AGREEMENT ? p.profile().utility(table) : p.profile().reservation();
            u.add(value);
            du.add(p.profile().discounted(value, t));
        }
        int rounds = turns == 0 ? 0 : (int) ((turns - 1) / n) + 1;
        result = new SessionResult(reason == EndReason.AGREEMENT ? Optional.of(table) : Optional.empty(), reason,
                culprit < 0 ? Optional.empty() : Optional.of(ids.get(culprit)), detail, rounds, t, ids, history, u, du);
    }

    private void requireRunning() {
        if (isOver()) {
            throw new IllegalStateException("the session is over: " + result.reason());
        }
    }

    /** Whether the session has ended (a time deadline that passed ends it here). */
    public boolean isOver() {
        if (result == null && timed && setup.deadline().isPast(turns, n, elapsed())) {
            end(EndReason.DEADLINE, -1, "deadline reached without agreement");
        }
        return result != null;
    }

    /** The result, once the session is over. */
    public Optional<SessionResult> result() {
        isOver();
        return Optional.ofNullable(result);
    }

    /** The party whose turn it is. */
    public PartyId whoseTurn() {
        requireRunning();
        return ids.get(current);
    }

    /** Whether the current party's moves must come through {@link #submit(Move)}. */
    public boolean awaitingExternalMove() {
        return !isOver() && parties.get(current).agent() instanceof ExternalAgent e && !e.hasSource();
    }

    public Optional<Outcome> offerOnTable() {
        return Optional.ofNullable(table);
    }

    public Optional<PartyId> offeredBy() {
        return tableBy < 0 ? Optional.empty() : Optional.of(ids.get(tableBy));
    }

    /** Every move so far, oldest first (read-only view). */
    public List<Turn> history() {
        return historyView;
    }

    /** The current round, from 1. */
    public int round() {
        return (int) (turns / n) + 1;
    }

    /** Normalised time in [0, 1]. */
    public double time() {
        return setup.deadline().progress(turns, n, elapsed());
    }

    /** Rounds left including the current one, for a rounds deadline. */
    public OptionalInt roundsLeft() {
        if (setup.deadline() instanceof Deadline.Rounds r) {
            return OptionalInt.of(Math.max(0, r.rounds() - round() + 1));
        }
        return OptionalInt.empty();
    }

    /** Time left, for a time deadline. */
    public Optional<Duration> timeLeft() {
        if (setup.deadline() instanceof Deadline.Time t) {
            Duration left = t.limit().minus(elapsed());
            return Optional.of(left.isNegative() ? Duration.ZERO : left);
        }
        return Optional.empty();
    }

    public List<PartyId> parties() {
        return ids;
    }

    public SessionSetup setup() {
        return setup;
    }

    /** The scenario's name for a round (its number unless the setup maps rounds to dates or meetings). */
    public String label(int round) {
        return setup.labels().label(round);
    }

    private Duration elapsed() {
        return timed ? Duration.between(started, setup.clock().instant()) : Duration.ZERO;
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.replaceAll("\\s+", " "));
    }

    /** The read-only window agents get. */
    private final class View implements TurnView {
        @Override
        public int round() {
            return Session.this.round();
        }

        @Override
        public double time() {
            return Session.this.time();
        }

        @Override
        public Optional<Outcome> offerOnTable() {
            return Session.this.offerOnTable();
        }

        @Override
        public Optional<PartyId> offeredBy() {
            return Session.this.offeredBy();
        }

        @Override
        public List<Turn> history() {
            return historyView;
        }
    }
}
