package org.treatylab.app.talks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.app.common.AppException;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.EndNegotiation;
import org.treatylab.negotiation.protocol.Move;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Session;
import org.treatylab.talks.play.Talks;
import org.treatylab.talks.play.TalksResult;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.scenario.TalksIssue;
import org.treatylab.talks.terms.Terms;

/**
 * Talks in which a person plays one delegation, at the console or over HTTP: the engine agents move as soon as it is
 * their turn, so between the person's moves the session waits for the person or is over. One thread at a time
 * drives it.
 */
public final class TalksSession {
    private final Talks talks;
    private final Party person;
    private final Map<Party, String> names;
    private final long seed;
    private final Session session;
    private String id;
    /** The evaluated result, once the talks are over (evaluated once, not at every look). */
    private TalksRun result;

    TalksSession(Talks talks, Party person, Map<Party, String> names, long seed, Session session) {
        this.talks = talks;
        this.person = person;
        this.names = names;
        this.seed = seed;
        this.session = session;
        advance();
    }

    synchronized void id(String id) {
        this.id = id;
    }

    public synchronized String id() {
        return id;
    }

    /** Lets the engine agents move until it is the person's turn or the talks end. */
    private void advance() {
        while (!session.isOver() && !session.awaitingExternalMove()) {
            session.step();
        }
    }

    /**
     * Offers the terms on the table (or, with none yet, each issue's first option) changed by {@code changes}, issue
     * id to option; an unknown issue or option is BAD_INPUT, a finished session a CONFLICT.
     */
    public synchronized TalksState offer(Map<String, String> changes) {
        open();
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
        return submit(new Offer(talks.derivation().outcome(Terms.of(opts))));
    }

    /** Accepts the offer on the table; BAD_INPUT when there is none. */
    public synchronized TalksState accept() {
        open();
        return submit(new Accept(session.offerOnTable()
                .orElseThrow(() -> new InputException("there is no offer on the table to accept"))));
    }

    /** Ends the talks without agreement. */
    public synchronized TalksState end() {
        open();
        return submit(new EndNegotiation());
    }

    /** The person's {@code n} best outcomes with the person's value of each, best first. */
    public synchronized List<RankedTerms> best(int n) {
        Profile mine = talks.derivation().profile(person);
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

    private void open() {
        if (session.isOver()) {
            throw AppException.conflict("the talks are over");
        }
    }

    private TalksState submit(Move m) {
        session.submit(m);
        advance();
        return state();
    }

    /** What the person sees now. */
    public synchronized TalksState state() {
        Scenario s = talks.scenario();
        Profile mine = talks.derivation().profile(person);
        int round = Math.min(session.round(), s.rounds());
        LocalDate date = s.dateOf(Math.max(0, round - 1));
        TalksState.TableOffer table = null;
        if (session.offerOnTable().isPresent()) {
            Outcome o = session.offerOnTable().get();
            Terms t = talks.derivation().terms(o);
            table = new TalksState.TableOffer(session.offeredBy().map(p -> p.name()).orElse(null), TalksViews.terms(t),
                    t.options(s), mine.utility(o));
        }
        if (result == null && session.result().isPresent()) {
            TalksResult r = talks.evaluate(session.result().get(), names, seed);
            result = TalksViews.run(r);
        }
        List<TalksState.TalksMove> history = new ArrayList<>();
        session.history().forEach(t -> {
            Outcome o = t.move() instanceof Offer off ? off.outcome() : t.move() instanceof Accept a ? a.outcome() : null;
            history.add(new TalksState.TalksMove(t.round(), s.dateOf(t.round() - 1), t.party().name(),
                    t.move() instanceof Offer ? "offer" : t.move() instanceof Accept ? "accept" : "end",
                    o == null ? null : TalksViews.terms(talks.derivation().terms(o)), o == null ? null : mine.utility(o),
                    o == null ? null : talks.derivation().profiles().stream().map(p -> p.utility(o)).toList()));
        });
        return new TalksState(id, s.id(), person.code(), TalksViews.byParty(names), round, s.rounds(), date,
                s.deadline(), ChronoUnit.DAYS.between(date, s.deadline()), mine.reservation(), table, session.isOver(),
                !session.isOver() && session.awaitingExternalMove(), result, history);
    }
}
