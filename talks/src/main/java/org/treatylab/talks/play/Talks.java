package org.treatylab.talks.play;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatylab.domain.Party;
import org.treatylab.domain.compliance.Compliance;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.treaty.Treaty;
import org.treatylab.negotiation.agent.Agents;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.Analyzer;
import org.treatylab.negotiation.analysis.Solution;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Agent;
import org.treatylab.negotiation.protocol.Deadline;
import org.treatylab.negotiation.protocol.Negotiation;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.Participant;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.Session;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.SessionSetup;
import org.treatylab.negotiation.protocol.Turn;
import org.treatylab.stability.exchange.Assessment;
import org.treatylab.stability.multi.MultiAssessment;
import org.treatylab.talks.derive.CriteriaModel;
import org.treatylab.talks.derive.Derivation;
import org.treatylab.talks.scenario.Scenario;
import org.treatylab.talks.terms.Terms;

/**
 * The talks' front door: derive the delegations' preferences once, then play sessions and evaluate them.
 *
 * <p>A round is one move of each delegation and lasts the scenario's {@code round_days}; the first party in the
 * scenario opens. The session's clock is fixed: the deadline is counted in rounds, so runs are deterministic for
 * a seed.
 */
public final class Talks {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2009-04-24T00:00:00Z"), ZoneOffset.UTC);
    private final Derivation derivation;
    private final boolean opponentAware;
    private volatile Analysis analysis;

    private Talks(Derivation derivation, boolean opponentAware) {
        this.derivation = derivation;
        this.opponentAware = opponentAware;
    }

    /**
     * The same talks with opponent-aware offers of the time-dependent agents on (the default) or off: among offers
     * of near-equal own utility they pick the one their model of the other side rates best.
     */
    public Talks withOpponentAwareOffers(boolean on) {
        Talks t = new Talks(derivation, on);
        t.analysis = analysis;
        return t;
    }

    public boolean opponentAwareOffers() {
        return opponentAware;
    }

    /** A fresh engine agent of the named strategy, as the talks use it. */
    public Agent agent(String name) {
        return Agents.create(name, opponentAware);
    }

    public static Talks prepare(Scenario scenario) {
        return new Talks(Derivation.of(scenario), true);
    }

    /** Talks over an existing derivation (e.g. a reweighted one in a sweep). */
    public static Talks of(Derivation derivation) {
        return new Talks(derivation, true);
    }

    public Derivation derivation() {
        return derivation;
    }

    public Scenario scenario() {
        return derivation.scenario();
    }

    /** The exact analysis of the outcome space (Pareto frontier, Nash point), computed once. */
    public Analysis analysis() {
        Analysis a = analysis;
        if (a == null) {
            a = Analyzer.analyze(derivation.profiles());
            analysis = a;
        }
        return a;
    }

    /** The agents named in the scenario, with overrides (party to agent name). */
    public Map<Party, String> agentNames(Map<Party, String> overrides) {
        Map<Party, String> names = new LinkedHashMap<>();
        for (Party p : scenario().parties()) {
            names.put(p, overrides.getOrDefault(p, scenario().delegation(p).agent()));
        }
        return names;
    }

    /** Plays the talks to the end with engine agents. */
    public TalksResult run(Map<Party, String> agentNames, long seed) {
        Map<Party, Agent> agents = new LinkedHashMap<>();
        for (Map.Entry<Party, String> e : agentNames.entrySet()) {
            agents.put(e.getKey(), agent(e.getValue()));
        }
        return evaluate(Negotiation.run(setup(agents, seed)), agentNames, seed);
    }

    /** A session to drive move by move (e.g. with an external agent for a person). */
    public Session session(Map<Party, Agent> agents, long seed) {
        return Session.start(setup(agents, seed));
    }

    /** Plays a session to its end with agents that may include external ones. */
    public TalksResult play(Map<Party, Agent> agents, Map<Party, String> names, long seed) {
        return evaluate(Negotiation.run(setup(agents, seed)), names, seed);
    }

    SessionSetup setup(Map<Party, Agent> agents, long seed) {
        List<Participant> ps = new ArrayList<>();
        for (Party p : scenario().parties()) {
            ps.add(new Participant(PartyId.of(p.code()), derivation.profile(p), agents.get(p)));
        }
        return new SessionSetup(derivation.domain(), ps, Deadline.rounds(scenario().rounds()), FIXED, seed,
                round -> scenario().dateOf(Math.max(0, round - 1)).toString());
    }

    /** The date of the round in which a session ended with agreement, or null. */
    public LocalDate agreedOn(SessionResult r) {
        if (!r.isAgreement()) {
            return null;
        }
        Turn last = r.trace().get(r.trace().size() - 1);
        return scenario().dateOf(last.round() - 1);
    }

    /** Evaluates a finished session: terms, dates, cuts, stability, position against the frontier. */
    public TalksResult evaluate(SessionResult r, Map<Party, String> agentNames, long seed) {
        Scenario s = scenario();
        Optional<Terms> agreed = r.agreement().map(derivation::terms);
        LocalDate on = agreedOn(r);
        Map<Party, Double> utilities = new LinkedHashMap<>();
        Map<Party, Double> reservations = new LinkedHashMap<>();
        for (Party p : s.parties()) {
            reservations.put(p, derivation.profile(p).reservation());
            utilities.put(p, agreed.isPresent() ? derivation.utilityOn(p, r.agreement().get(), on)
                    : derivation.profile(p).reservation());
        }
        Analysis an = analysis();
        List<Double> point = s.parties().stream().map(utilities::get).toList();
        Optional<Terms> nash = an.nash().map(Solution::outcome).map(derivation::terms);
        Optional<Terms> ks = an.kalaiSmorodinsky().map(Solution::outcome).map(derivation::terms);
        Map<Party, Double> nashU = byParty(an.nash());
        Map<Party, Double> ksU = byParty(an.kalaiSmorodinsky());
        List<PartyResult> cuts = new ArrayList<>();
        CriteriaModel m = derivation.model();
        TalksResult.StabilityView noTreaty = stability((Terms) null);
        TalksResult.StabilityView agreedStability = noTreaty;
        if (agreed.isPresent()) {
            Treaty t = m.treaty(agreed.get(), s.id() + "-agreed", on);
            for (Party p : s.parties()) {
                LocalDate binding = t.limits().isEmpty() ? on : t.limits().get(0).bindingFrom();
                cuts.add(Compliance.assess(t, m.posture(p), binding));
            }
            agreedStability = stability(agreed.get());
        }
        return new TalksResult(s.id(), seed, agentNames, agreed, on, r.reason().name(), r.detail(), r.rounds(),
                utilities, reservations, r.agreement().map(derivation::ratification).orElse(1.0),
                on == null ? 0 : derivation.delayShare(on), an.paretoDistance(point),
                an.nashDistance(point).orElse(Double.NaN), nash, nashU, ks, ksU, cuts, agreedStability,
                noTreaty, trace(r), agreed.map(Comparison::of));
    }

    private Map<Party, Double> byParty(Optional<Solution> sol) {
        Map<Party, Double> out = new LinkedHashMap<>();
        sol.ifPresent(n -> {
            for (int i = 0; i < scenario().parties().size(); i++) {
                out.put(scenario().parties().get(i), n.utilities().get(i));
            }
        });
        return out;
    }

    /**
     * Stability under the terms (null: no treaty): for two modelled parties the pair's assessment; for more, each
     * party's survivors under the scenario's first strike and the N-party index.
     */
    public TalksResult.StabilityView stability(Terms terms) {
        CriteriaModel m = derivation.model();
        if (m.parties().size() == 2) {
            return stability(terms == null ? m.noTreatyAssessment() : m.assessment(terms));
        }
        MultiAssessment ma = m.multilateral(terms);
        Map<Party, Double> surv = new LinkedHashMap<>();
        Map<Party, Long> wh = new LinkedHashMap<>();
        for (Party p : ma.parties()) {
            surv.put(p, ma.survivors(p));
            Assessment pair = ma.pair(p, ma.parties().get(p.equals(ma.parties().get(0)) ? 1 : 0));
            wh.put(p, p.equals(pair.a()) ? pair.aFirst().attackerWarheads() : pair.bFirst().attackerWarheads());
        }
        return new TalksResult.StabilityView(surv, wh, ma.index());
    }

    private TalksResult.StabilityView stability(Assessment as) {
        Map<Party, Double> surv = new LinkedHashMap<>();
        Map<Party, Long> wh = new LinkedHashMap<>();
        surv.put(as.a(), as.survivorsA());
        surv.put(as.b(), as.survivorsB());
        wh.put(as.a(), as.bFirst().defenderWarheads());
        wh.put(as.b(), as.aFirst().defenderWarheads());
        return new TalksResult.StabilityView(surv, wh, as.index());
    }

    private List<TraceRow> trace(SessionResult r) {
        Scenario s = scenario();
        List<TraceRow> rows = new ArrayList<>();
        for (Turn t : r.trace()) {
            Party p = Party.parse(t.party().name());
            Outcome o = t.move() instanceof Offer off ? off.outcome() : t.move() instanceof Accept acc ? acc.outcome()
                    : null;
            String kind = t.move() instanceof Offer ? "offer" : t.move() instanceof Accept ? "accept" : "end";
            rows.add(new TraceRow(t.round(), s.dateOf(t.round() - 1), p, kind, o == null ? null : derivation.terms(o),
                    o == null ? null : s.parties().stream().map(x -> derivation.profile(x).utility(o)).toList()));
        }
        return rows;
    }
}
