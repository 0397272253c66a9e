package org.treatylab.app.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.InputException;
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
 * One negotiation session: engine agents and at most one person. The engine agents move as soon as it is their turn,
 * so between moves the session waits for the person or is over. One thread at a time drives it.
 */
public final class NegotiationPlay {
    /** The name that plays a party through moves instead of an engine agent. */
    public static final String PERSON = "person";
    private final Scenario scenario;
    private final List<String> agents;
    private final List<PartyId> parties;
    private final int person;
    private final long seed;
    private final int rounds;
    private final Session session;
    private final java.util.function.Supplier<Optional<Analysis>> analysis;
    private String id;
    private SessionView result;

    NegotiationPlay(Scenario scenario, List<String> agents, int rounds, long seed,
            java.util.function.Supplier<Optional<Analysis>> analysis) {
        this.scenario = scenario;
        this.agents = List.copyOf(agents);
        this.parties = NegotiationViews.partyIds(scenario.profiles());
        this.person = agents.indexOf(PERSON);
        this.seed = seed;
        this.rounds = rounds;
        this.analysis = analysis;
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            ps.add(new Participant(parties.get(i), scenario.profiles().get(i),
                    i == person ? new ExternalAgent() : Agents.create(agents.get(i))));
        }
        this.session = Session.start(SessionSetup.of(scenario.domain(), ps, Deadline.rounds(rounds), seed));
        advance();
    }

    synchronized void id(String id) {
        this.id = id;
    }

    private void advance() {
        while (!session.isOver() && !session.awaitingExternalMove()) {
            session.step();
        }
    }

    /**
     * Plays the person's move. A malformed move is BAD_INPUT; a move the state does not allow (no person, the session
     * over, out of turn, nothing to accept, a stale accept) is a CONFLICT; either way nothing changes.
     */
    public synchronized NegotiationState play(NegotiationMove m) {
        Move move = switch (m.kind()) {
            case "offer" -> new Offer(OutcomeReader.read(scenario.domain(), "outcome", m.outcome()));
            case "accept" -> null;
            case "end" -> new EndNegotiation();
            default -> throw new InputException("field 'move' must be offer, accept or end, got '" + m.kind() + "'");
        };
        Outcome seen = m.kind().equals("accept") && m.outcome() != null
                ? OutcomeReader.read(scenario.domain(), "outcome", m.outcome()) : null;
        if (person < 0) {
            throw AppException.conflict("no person plays in this session: its agents " + agents + " played it to the end");
        }
        if (session.isOver()) {
            throw AppException.conflict("the session is over: " + session.result().orElseThrow().detail());
        }
        String mine = parties.get(person).name();
        if (m.party() != null && !m.party().equals(mine)) {
            if (parties.stream().noneMatch(p -> p.name().equals(m.party()))) {
                throw new InputException("field 'party': no party '" + m.party() + "' (parties: " + parties + ")");
            }
            throw AppException.conflict("out of turn: it is " + mine + "'s turn (the person's), not " + m.party() + "'s");
        }
        session.submit(move != null ? move : accept(seen));
        advance();
        return state();
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

    /** What a client shows: the person's view, and at the end the result. */
    public synchronized NegotiationState state() {
        Profile mine = person < 0 ? null : scenario.profiles().get(person);
        boolean over = session.isOver();
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
                    NegotiationViews.outcome(o), o == null || mine == null ? null : mine.utility(o)));
        }
        if (over && result == null) {
            result = NegotiationViews.session(scenario.profiles(), session.result().orElseThrow(), analysis.get());
        }
        return new NegotiationState(id, scenario.name(), parties.stream().map(PartyId::name).toList(), agents,
                person < 0 ? null : parties.get(person).name(), seed, rounds, NegotiationViews.issues(scenario.domain()),
                Math.min(session.round(), rounds), over, over ? null : session.whoseTurn().name(),
                !over && session.awaitingExternalMove(), mine == null ? null : mine.reservation(), table, history,
                over ? result : null);
    }
}
