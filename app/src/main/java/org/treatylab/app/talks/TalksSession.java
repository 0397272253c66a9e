package org.treatylab.app.talks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.AppException;
import org.treatylab.app.common.FormText;
import org.treatylab.app.common.SeatGrant;
import org.treatylab.app.common.Seats;
import org.treatylab.app.common.Sessions;
import org.treatylab.app.common.Viewer;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.StoredSession;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.EndNegotiation;
import org.treatylab.negotiation.protocol.ExternalAgent;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Session;
import org.treatylab.negotiation.protocol.Turn;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * Talks in a room: each delegation played by an engine agent or by a person in a seat (from a browser, the console or
 * an agent's client). The engine agents move as soon as it is their turn, so between people's moves the talks wait
 * for the seat whose turn it is, or are over.
 *
 * <p>Kept as its spec and the people's moves: after a restart the talks are played again from the spec, the engine
 * agents moving as before (they are deterministic given the seed, and the clock is the scenario's calendar) and each
 * person's move submitted where it was made, which is checked. One thread at a time drives it.
 */
public final class TalksSession implements Sessions.Kept {
    private final String id;
    private final Talks talks;
    private final TalksGameSpec spec;
    private final Seats seats;
    private final Map<Party, String> names = new LinkedHashMap<>();
    private final Session session;
    private final Sessions<TalksSession> keeper;
    private int moves;
    /** The evaluated result, once the talks are over (evaluated once, not at every look). */
    private TalksRun result;

    TalksSession(String id, Talks talks, TalksGameSpec spec, Sessions<TalksSession> keeper) {
        this.id = id;
        this.talks = talks;
        this.spec = spec;
        this.keeper = keeper;
        this.seats = new Seats(spec.players());
        Map<Party, Agent> live = new LinkedHashMap<>();
        for (Party p : talks.scenario().parties()) {
            String who = spec.players().get(p.code());
            live.put(p, Seats.PERSON.equals(who) ? new ExternalAgent() : talks.agent(who));
            names.put(p, who);
        }
        this.session = talks.session(live, spec.seed());
        advance();
    }

    /** Plays kept talks again: the spec, then each person's move where it was made; IllegalStateException if not. */
    static TalksSession restore(StoredSession stored, Talks talks, Sessions<TalksSession> keeper) {
        TalksSession g = new TalksSession(stored.id(), talks, TalksGameSpec.decode(stored.spec()), keeper);
        g.seats.restore(stored.state());
        for (LogEntry e : stored.log()) {
            g.replay(e);
        }
        return g;
    }

    public String id() {
        return id;
    }

    /** Lets the engine agents move until a person's turn or the end. */
    private void advance() {
        while (!session.isOver() && !session.awaitingExternalMove()) {
            session.step();
        }
    }

    /** Takes a seat (the first open one when {@code party} is null); the state the seat sees, with its secret. */
    synchronized TalksState join(String party) {
        SeatGrant g = seats.take(party);
        keeper.save(id, List.of(), seats.state());
        return state(new Viewer.InSeat(g.party()), g.secret());
    }

    /** Takes the starter's seat before the talks are kept (null: none); what the starter sees, with the secret. */
    synchronized TalksState seatStarter(Party play) {
        if (play == null) {
            return state(Viewer.WATCHER, null);
        }
        SeatGrant g = seats.take(play.code());
        return state(new Viewer.InSeat(g.party()), g.secret());
    }

    synchronized String seatsState() {
        return seats.state();
    }

    /** Who holds {@code secret}: a watcher when null or blank; FORBIDDEN when no seat's. */
    public synchronized Viewer viewer(String secret) {
        return seats.viewer(secret);
    }

    /**
     * A seat's move. FORBIDDEN without a seat's secret; CONFLICT when the talks are over, the move is stale (for a
     * round already played) or it is another seat's turn; BAD_INPUT for unknown issues or options. Nothing changes on
     * a failure; a move is written to the store before it is played.
     */
    synchronized TalksState move(String secret, TalksMoveRequest m) {
        Viewer v = seats.viewer(secret);
        if (v.party() == null) {
            throw AppException.forbidden("a move needs a seat's secret (the seat's link); a watcher cannot move");
        }
        if (session.isOver()) {
            throw AppException.conflict("the talks are over");
        }
        int round = session.round();
        if (m.round() != null && m.round() != round) {
            throw AppException.conflict(m.round() < round ? "stale move: round " + m.round() + " was already played;"
                    + " the talks are at round " + round : "round " + m.round() + " has not begun; the talks are at"
                    + " round " + round);
        }
        String turn = session.whoseTurn().name();
        if (!turn.equals(v.party())) {
            throw AppException.conflict("it is " + turn + "'s turn" + (seats.open().contains(turn)
                    ? " (an open seat: waiting for a person to take it)" : "") + ", not " + v.party() + "'s");
        }
        Move move = build(m);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("party", v.party());
        entry.put("move", m.move());
        entry.put("at", Integer.toString(session.history().size()));
        if (move instanceof Offer o) {
            talks.derivation().terms(o.outcome()).options(talks.scenario()).forEach((k, x) -> entry.put("o." + k, x));
        }
        keeper.save(id, List.of(new LogEntry(moves, FormText.encode(entry), keeper.now())), seats.state());
        play(move);
        return state(v, null);
    }

    private void play(Move move) {
        session.submit(move);
        moves++;
        advance();
    }

    private Move build(TalksMoveRequest m) {
        return switch (m.move()) {
            case "offer" -> new Offer(talks.derivation().outcome(Terms.of(options(m.terms()))));
            case "accept" -> new Accept(session.offerOnTable()
                    .orElseThrow(() -> new InputException("there is no offer on the table to accept")));
            case "end" -> new EndNegotiation();
            default -> throw new InputException("field 'move' must be offer, accept or end, got '" + m.move() + "'");
        };
    }

    /** The terms on the table (or each issue's first option) changed by {@code changes}, checked. */
    private Map<String, String> options(Map<String, String> changes) {
        Scenario s = talks.scenario();
        Map<String, String> opts = new LinkedHashMap<>();
        session.offerOnTable().ifPresentOrElse(o -> opts.putAll(talks.derivation().terms(o).options(s)),
                () -> s.issues().forEach(i -> opts.put(i.id(), i.values().get(0))));
        for (Map.Entry<String, String> e : changes.entrySet()) {
            TalksIssue issue = s.issue(e.getKey()).orElseThrow(() -> new InputException("unknown issue '" + e.getKey()
                    + "' (issues: " + s.issues().stream().map(TalksIssue::id).toList() + ")"));
            if (!issue.values().contains(e.getValue())) {
                throw new InputException("issue '" + e.getKey() + "' takes " + issue.values() + ", not '"
                        + e.getValue() + "'");
            }
            opts.put(e.getKey(), e.getValue());
        }
        return opts;
    }

    /** Submits a kept move where it was made, or says where the replay went another way. */
    private void replay(LogEntry e) {
        Map<String, String> f = FormText.decode(e.text());
        String party = FormText.require(f, "party");
        int at = Integer.parseInt(FormText.require(f, "at"));
        if (e.seq() != moves || session.isOver() || !session.awaitingExternalMove()
                || !session.whoseTurn().name().equals(party) || session.history().size() != at) {
            throw new IllegalStateException("move " + e.seq() + " (" + party + " at move " + at + ") does not replay:"
                    + " the talks are " + (session.isOver() ? "over" : "at move " + session.history().size() + ", "
                    + session.whoseTurn().name() + " to move"));
        }
        Move m = switch (FormText.require(f, "move")) {
            case "offer" -> new Offer(talks.derivation().outcome(Terms.of(FormText.prefixed(f, "o."))));
            case "accept" -> new Accept(session.offerOnTable().orElseThrow(() -> new IllegalStateException("move "
                    + e.seq() + " accepts, but nothing is on the table")));
            case "end" -> new EndNegotiation();
            default -> throw new IllegalStateException("move " + e.seq() + ": unknown kind " + f.get("move"));
        };
        play(m);
    }

    /** The seat's {@code n} best outcomes with its value of each, best first; FORBIDDEN for a watcher. */
    synchronized List<RankedTerms> best(String secret, int n) {
        Viewer v = seats.viewer(secret);
        if (v.party() == null) {
            throw AppException.forbidden("a seat's best outcomes need the seat's secret");
        }
        Profile mine = talks.derivation().profile(Party.parse(v.party()));
        List<Outcome> all = new ArrayList<>();
        for (long r = 0; r < talks.derivation().domain().outcomeCount(); r++) {
            all.add(talks.derivation().domain().outcomeAt(r));
        }
        all.sort(Comparator.comparingDouble((Outcome o) -> -mine.utility(o)));
        return all.subList(0, Math.min(Math.max(n, 0), all.size())).stream().map(o -> {
            Terms t = talks.derivation().terms(o);
            return new RankedTerms(TalksViews.terms(t), t.options(talks.scenario()), mine.utility(o));
        }).toList();
    }

    /** What {@code viewer} sees now. */
    public synchronized TalksState state(Viewer viewer) {
        return state(viewer, null);
    }

    private TalksState state(Viewer viewer, String secret) {
        Scenario s = talks.scenario();
        Profile mine = viewer.party() == null ? null : talks.derivation().profile(Party.parse(viewer.party()));
        boolean over = session.isOver();
        boolean all = over || (spec.classroom() && viewer.party() == null);
        int round = Math.min(session.round(), s.rounds());
        LocalDate date = s.dateOf(Math.max(0, round - 1));
        TalksState.TableOffer table = null;
        if (session.offerOnTable().isPresent()) {
            Outcome o = session.offerOnTable().get();
            Terms t = talks.derivation().terms(o);
            table = new TalksState.TableOffer(session.offeredBy().map(p -> p.name()).orElse(null), TalksViews.terms(t),
                    t.options(s), mine == null ? null : mine.utility(o));
        }
        if (result == null && session.result().isPresent()) {
            TalksResult r = talks.evaluate(session.result().get(), names, spec.seed());
            result = TalksViews.run(r);
        }
        List<TalksState.TalksMove> history = new ArrayList<>();
        for (Turn t : session.history()) {
            Outcome o = t.move() instanceof Offer off ? off.outcome() : t.move() instanceof Accept a ? a.outcome() : null;
            history.add(new TalksState.TalksMove(t.round(), s.dateOf(t.round() - 1), t.party().name(),
                    t.move() instanceof Offer ? "offer" : t.move() instanceof Accept ? "accept" : "end",
                    o == null ? null : TalksViews.terms(talks.derivation().terms(o)),
                    o == null || mine == null ? null : mine.utility(o),
                    o == null || !all ? null : talks.derivation().profiles().stream().map(p -> p.utility(o)).toList()));
        }
        Map<String, Double> reservations = null;
        if (all) {
            reservations = new LinkedHashMap<>();
            for (Party p : s.parties()) {
                reservations.put(p.code(), talks.derivation().profile(p).reservation());
            }
        }
        String turn = over ? null : session.whoseTurn().name();
        return new TalksState(id, s.id(), viewer.party(), TalksViews.byParty(names), seats.open(), spec.classroom(),
                secret, round, s.rounds(), date, s.deadline(), ChronoUnit.DAYS.between(date, s.deadline()), turn,
                mine == null ? null : mine.reservation(), reservations, table, over,
                !over && viewer.party() != null && viewer.party().equals(turn) && session.awaitingExternalMove(),
                result, history);
    }
}
