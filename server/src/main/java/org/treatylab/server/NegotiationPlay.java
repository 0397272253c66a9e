package org.treatylab.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.negotiation.agent.Agents;
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
import org.treatylab.report.NegotiationViews;

/**
 * One negotiation session on the server: engine agents and at most one person. The engine agents move as soon as it
 * is their turn, so between requests the session waits for the person or is over. One thread at a time drives it
 * (every method that touches the session is synchronized).
 */
final class NegotiationPlay {
    private final Scenario scenario;
    private final boolean shipped;
    private final List<String> agents;
    private final List<PartyId> parties;
    private final int person;
    private final long seed;
    private final int rounds;
    private final Session session;
    private String id;
    private Map<String, Object> result;

    /** A move as the client wrote it, checked against the domain but not yet against the session's state. */
    record Request(String kind, Outcome outcome, String party) {
        static Request parse(Scenario s, JsonNode body) {
            String kind = Requests.requiredText(body, "move");
            String party = Requests.text(body, "party");
            return switch (kind) {
                case "offer" -> new Request(kind, OutcomeInput.parse(s.domain(), "outcome", body.get("outcome")), party);
                case "accept" -> new Request(kind, body.hasNonNull("outcome")
                        ? OutcomeInput.parse(s.domain(), "outcome", body.get("outcome")) : null, party);
                case "end" -> new Request(kind, null, party);
                default -> throw ApiError.badRequest("field 'move' must be offer, accept or end, got '" + kind + "'");
            };
        }
    }

    private NegotiationPlay(Scenario scenario, boolean shipped, List<String> agents, int rounds, long seed) {
        this.scenario = scenario;
        this.shipped = shipped;
        this.agents = List.copyOf(agents);
        this.parties = NegotiationViews.partyIds(scenario.profiles());
        this.person = agents.indexOf(NegotiationInput.PERSON);
        this.seed = seed;
        this.rounds = rounds;
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            ps.add(new Participant(parties.get(i), scenario.profiles().get(i),
                    i == person ? new ExternalAgent() : Agents.create(agents.get(i))));
        }
        this.session = Session.start(SessionSetup.of(scenario.domain(), ps, Deadline.rounds(rounds), seed));
    }

    /** Starts a session and lets the engine agents move until the person's turn or the end. */
    static NegotiationPlay start(Scenario scenario, boolean shipped, List<String> agents, int rounds, long seed) {
        NegotiationPlay p = new NegotiationPlay(scenario, shipped, agents, rounds, seed);
        synchronized (p) {
            p.advance();
        }
        return p;
    }

    synchronized void id(String id) {
        this.id = id;
    }

    private void advance() {
        while (!session.isOver() && !session.awaitingExternalMove()) {
            session.step();
        }
    }

    /** Plays the person's move; a move the state does not allow is a 409 and changes nothing. */
    synchronized Map<String, Object> play(Request r) {
        if (person < 0) {
            throw ApiError.conflict("no person plays in this session: its agents " + agents + " played it to the end");
        }
        if (session.isOver()) {
            throw ApiError.conflict("the session is over: " + session.result().orElseThrow().detail());
        }
        String mine = parties.get(person).name();
        if (r.party() != null && !r.party().equals(mine)) {
            if (parties.stream().noneMatch(p -> p.name().equals(r.party()))) {
                throw ApiError.badRequest("field 'party': no party '" + r.party() + "' (parties: " + parties + ")");
            }
            throw ApiError.conflict("out of turn: it is " + mine + "'s turn (the person's), not " + r.party() + "'s");
        }
        Move m = switch (r.kind()) {
            case "offer" -> new Offer(r.outcome());
            case "accept" -> accept(r.outcome());
            default -> new EndNegotiation();
        };
        session.submit(m);
        advance();
        return state();
    }

    private Accept accept(Outcome seen) {
        Outcome table = session.offerOnTable()
                .orElseThrow(() -> ApiError.conflict("there is no offer on the table to accept"));
        if (seen != null && !seen.equals(table)) {
            throw ApiError.conflict("the offer on the table is " + NegotiationViews.outcome(table)
                    + ", not the outcome this accept names");
        }
        return new Accept(table);
    }

    /**
     * What a client shows: the issues, whose turn it is, the offer on the table, the history and, at the end, the
     * result as {@code treatylab negotiate --format json} prints it.
     */
    synchronized Map<String, Object> state() {
        Profile mine = person < 0 ? null : scenario.profiles().get(person);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("scenario", scenario.name());
        m.put("parties", parties.stream().map(PartyId::name).toList());
        m.put("agents", agents);
        m.put("person", person < 0 ? null : parties.get(person).name());
        m.put("seed", seed);
        m.put("deadline_rounds", rounds);
        m.put("issues", OutcomeInput.issues(scenario.domain()));
        boolean over = session.isOver();
        m.put("round", Math.min(session.round(), rounds));
        m.put("over", over);
        m.put("turn", over ? null : session.whoseTurn().name());
        m.put("your_turn", !over && session.awaitingExternalMove());
        m.put("your_reservation", mine == null ? null : mine.reservation());
        Map<String, Object> table = null;
        if (session.offerOnTable().isPresent()) {
            Outcome o = session.offerOnTable().get();
            table = new LinkedHashMap<>();
            table.put("by", session.offeredBy().map(PartyId::name).orElse(null));
            table.put("outcome", NegotiationViews.outcome(o));
            table.put("your_utility", mine == null ? null : mine.utility(o));
        }
        m.put("offer_on_table", table);
        List<Map<String, Object>> history = new ArrayList<>();
        for (Turn t : session.history()) {
            Outcome o = NegotiationViews.outcomeOf(t);
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("round", t.round());
            h.put("party", t.party().name());
            h.put("move", t.move().kind());
            h.put("outcome", o == null ? null : NegotiationViews.outcome(o));
            h.put("your_utility", o == null || mine == null ? null : mine.utility(o));
            history.add(h);
        }
        m.put("history", history);
        m.put("result", over ? result() : null);
        return m;
    }

    private Map<String, Object> result() {
        if (result == null) {
            result = NegotiationViews.session(scenario.profiles(), session.result().orElseThrow(),
                    NegotiationInput.analysisIfSmall(scenario, shipped));
        }
        return result;
    }

    Scenario scenario() {
        return scenario;
    }
}
