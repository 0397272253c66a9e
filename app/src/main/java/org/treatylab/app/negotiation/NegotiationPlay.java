package org.treatylab.app.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.treatylab.app.common.AppException;
import org.treatylab.app.common.FormText;
import org.treatylab.app.common.SeatGrant;
import org.treatylab.app.common.Seats;
import org.treatylab.app.common.Sessions;
import org.treatylab.app.common.Viewer;
import org.treatylab.domain.InputException;
import org.treatylab.domain.session.LogEntry;
import org.treatylab.domain.session.StoredSession;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.io.Scenario;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.EndNegotiation;
import org.treatylab.negotiation.protocol.ExternalAgent;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.Session;
import org.treatylab.negotiation.protocol.SessionSetup;
import org.treatylab.negotiation.protocol.Turn;

/**
 * One negotiation session in a room: engine agents and people in seats. The engine agents move as soon as it is
 * their turn, so between people's moves the session waits for the seat whose turn it is, or is over.
 *
 * <p>Kept as its spec and the people's moves; after a restart it is played again from the spec (the agents are
 * deterministic given the seed; the deadline is counted in rounds) with each person's move submitted where it was
 * made, which is checked. One thread at a time drives it.
 */
public final class NegotiationPlay implements Sessions.Kept {
    /** The name that plays a party through moves instead of an engine agent. */
    public static final String PERSON = Seats.PERSON;
    private final String id;
    private final Scenario scenario;
    private final NegotiationStart start;
    private final List<PartyId> parties;
    private final Seats seats;
    private final Session session;
    private final Supplier<Optional<Analysis>> analysis;
    private final Sessions<NegotiationPlay> keeper;
    private int moves;
    private SessionView result;

    NegotiationPlay(String id, Scenario scenario, NegotiationStart start, Supplier<Optional<Analysis>> analysis,
            Sessions<NegotiationPlay> keeper) {
        this.id = id;
        this.scenario = scenario;
        this.start = start;
        this.parties = NegotiationViews.partyIds(scenario.profiles());
        this.analysis = analysis;
        this.keeper = keeper;
        Map<String, String> players = new LinkedHashMap<>();
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < start.agents().size(); i++) {
            boolean person = start.agents().get(i).equals(PERSON);
            String name = start.agents().get(i);
            players.put(parties.get(i).name(), name);
            ps.add(new Participant(parties.get(i), scenario.profiles().get(i),
                    person ? new ExternalAgent() : Agents.create(name)));
        }
        this.seats = new Seats(players);
        this.session = Session.start(SessionSetup.of(scenario.domain(), ps, Deadline.rounds(start.rounds()),
                start.seed()));
        advance();
    }

    /** Plays a kept session again: the spec, then each person's move where it was made; IllegalStateException if not. */
    static NegotiationPlay restore(StoredSession stored, Scenario scenario, NegotiationStart start,
            Supplier<Optional<Analysis>> analysis, Sessions<NegotiationPlay> keeper) {
        NegotiationPlay p = new NegotiationPlay(stored.id(), scenario, start, analysis, keeper);
        p.seats.restore(stored.state());
        for (LogEntry e : stored.log()) {
            p.replay(e);
        }
        return p;
    }

    public String id() {
        return id;
    }

    private void advance() {
        while (!session.isOver() && !session.awaitingExternalMove()) {
            session.step();
        }
    }

    /** Takes the starter's seat (none when null); what the starter sees, with the seat's secret. */
    synchronized NegotiationState seatStarter(String party) {
        if (party == null) {
            return state(Viewer.WATCHER, null);
        }
        if (!seats.players().containsKey(party)) {
            throw new InputException("field 'play': no party '" + party + "' (parties: " + parties + ")");
        }
        SeatGrant g = seats.take(party);
        return state(new Viewer.InSeat(g.party()), g.secret());
    }

    synchronized String seatsState() {
        return seats.state();
    }

    /** Takes a seat (the first open one when {@code party} is null); the state the seat sees, with its secret. */
    synchronized NegotiationState join(String party) {
        SeatGrant g = seats.take(party);
        keeper.save(id, List.of(), seats.state());
        return state(new Viewer.InSeat(g.party()), g.secret());
    }

    public synchronized Viewer viewer(String secret) {
        return seats.viewer(secret);
    }

    /**
     * A seat's move. A malformed move is BAD_INPUT; no seat's secret FORBIDDEN; a move the state does not allow (the
     * session over, a stale round, another seat's turn, nothing to accept, a stale accept) a CONFLICT; either way
     * nothing changes. The move is written to the store before it is played.
     */
    synchronized NegotiationState play(String secret, NegotiationMove m) {
        Move move = switch (m.kind()) {
            case "offer" -> new Offer(OutcomeReader.read(scenario.domain(), "outcome", m.outcome()));
            case "accept" -> null;
            case "end" -> new EndNegotiation();
            default -> throw new InputException("field 'move' must be offer, accept or end, got '" + m.kind() + "'");
        };
        Outcome seen = m.kind().equals("accept") && m.outcome() != null
                ? OutcomeReader.read(scenario.domain(), "outcome", m.outcome()) : null;
        if (m.party() != null && parties.stream().noneMatch(p -> p.name().equals(m.party()))) {
            throw new InputException("field 'party': no party '" + m.party() + "' (parties: " + parties + ")");
        }
        if (seats.players().values().stream().noneMatch(PERSON::equals)) {
            throw AppException.conflict("no person plays in this session: its agents " + start.agents()
                    + " played it to the end");
        }
        Viewer v = seats.viewer(secret);
        if (v.party() == null) {
            throw AppException.forbidden("a move needs a seat's secret (the seat's link); a watcher cannot move");
        }
        if (session.isOver()) {
            throw AppException.conflict("the session is over: " + session.result().orElseThrow().detail());
        }
        int round = session.round();
        if (m.round() != null && m.round() != round) {
            throw AppException.conflict(m.round() < round ? "stale move: round " + m.round() + " was already played;"
                    + " the session is at round " + round : "round " + m.round() + " has not begun; the session is at"
                    + " round " + round);
        }
        if (m.party() != null && !m.party().equals(v.party())) {
            throw AppException.conflict("this seat plays " + v.party() + ", not " + m.party());
        }
        String turn = session.whoseTurn().name();
        if (!turn.equals(v.party())) {
            throw AppException.conflict("out of turn: it is " + turn + "'s turn, not " + v.party() + "'s");
        }
        Move made = move != null ? move : accept(seen);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("party", v.party());
        entry.put("move", m.kind());
        entry.put("at", Integer.toString(session.history().size()));
        if (made instanceof Offer o) {
            entry.put("outcome", indices(o.outcome()));
        }
        keeper.save(id, List.of(new LogEntry(moves, FormText.encode(entry), keeper.now())), seats.state());
        submit(made);
        return state(v, null);
    }

    private void submit(Move m) {
        session.submit(m);
        moves++;
        advance();
    }

    private Accept accept(Outcome seen) {
        Outcome table = session.offerOnTable()
                .orElseThrow(() -> AppException.conflict("there is no offer on the table to accept"));
        if (seen != null && !seen.equals(table)) {
            throw AppException.conflict("the offer on the table is " + NegotiationViews.outcome(table)
                    + ", not the outcome this accept names");
        }
        return new Accept(table);
    }

    private static String indices(Outcome o) {
        StringBuilder sb = new StringBuilder();
        for (int i : o.valueIndices()) {
            sb.append(sb.length() == 0 ? "" : ",").append(i);
        }
        return sb.toString();
    }

    /** Submits a kept move where it was made, or says where the replay went another way. */
    private void replay(LogEntry e) {
        Map<String, String> f = FormText.decode(e.text());
        String party = FormText.require(f, "party");
        int at = Integer.parseInt(FormText.require(f, "at"));
        if (e.seq() != moves || session.isOver() || !session.awaitingExternalMove()
                || !session.whoseTurn().name().equals(party) || session.history().size() != at) {
            throw new IllegalStateException("move " + e.seq() + " (" + party + " at move " + at + ") does not replay:"
                    + " the session is " + (session.isOver() ? "over" : "at move " + session.history().size() + ", "
                    + session.whoseTurn().name() + " to move"));
        }
        Move m = switch (FormText.require(f, "move")) {
            case "offer" -> {
                String[] parts = FormText.require(f, "outcome").split(",");
                int[] idx = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    idx[i] = Integer.parseInt(parts[i]);
                }
                yield new Offer(scenario.domain().outcome(idx));
            }
            case "accept" -> new Accept(session.offerOnTable().orElseThrow(() -> new IllegalStateException("move "
                    + e.seq() + " accepts, but nothing is on the table")));
            case "end" -> new EndNegotiation();
            default -> throw new IllegalStateException("move " + e.seq() + ": unknown kind " + f.get("move"));
        };
        submit(m);
    }

    /** What {@code viewer} sees now: the seat's view or a watcher's, and at the end the result. */
    public synchronized NegotiationState state(Viewer viewer) {
        return state(viewer, null);
    }

    private NegotiationState state(Viewer viewer, String secret) {
        int mineAt = viewer.party() == null ? -1 : parties.indexOf(PartyId.of(viewer.party()));
        Profile mine = mineAt < 0 ? null : scenario.profiles().get(mineAt);
        boolean over = session.isOver();
        boolean all = over || (start.classroom() && viewer.party() == null);
        NegotiationState.TableOutcome table = null;
        if (session.offerOnTable().isPresent()) {
            Outcome o = session.offerOnTable().get();
            table = new NegotiationState.TableOutcome(session.offeredBy().map(PartyId::name).orElse(null),
                    NegotiationViews.outcome(o), mine == null ? null : mine.utility(o));
        }
        List<NegotiationState.HistoryMove> history = new ArrayList<>();
        for (Turn t : session.history()) {
            Outcome o = NegotiationViews.outcomeOf(t);
            history.add(new NegotiationState.HistoryMove(t.round(), t.party().name(), t.move().kind(),
                    NegotiationViews.outcome(o), o == null || mine == null ? null : mine.utility(o),
                    o == null || !all ? null : scenario.profiles().stream().map(p -> p.utility(o)).toList()));
        }
        if (over && result == null) {
            result = NegotiationViews.session(scenario.profiles(), session.result().orElseThrow(), analysis.get());
        }
        String turn = over ? null : session.whoseTurn().name();
        return new NegotiationState(id, scenario.name(), parties.stream().map(PartyId::name).toList(), start.agents(),
                viewer.party(), seats.open(), start.classroom(), secret, start.seed(), start.rounds(),
                NegotiationViews.issues(scenario.domain()), Math.min(session.round(), start.rounds()), over, turn,
                !over && viewer.party() != null && viewer.party().equals(turn) && session.awaitingExternalMove(),
                mine == null ? null : mine.reservation(),
                all ? scenario.profiles().stream().map(Profile::reservation).toList() : null, table, history,
                over ? result : null);
    }
}
