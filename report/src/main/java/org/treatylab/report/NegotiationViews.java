package org.treatylab.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.treatylab.negotiation.analysis.Analysis;
import org.treatylab.negotiation.analysis.ParetoPoint;
import org.treatylab.negotiation.analysis.Solution;
import org.treatylab.negotiation.model.IntegerValue;
import org.treatylab.negotiation.model.IssueId;
import org.treatylab.negotiation.model.Outcome;
import org.treatylab.negotiation.model.RealValue;
import org.treatylab.negotiation.model.Value;
import org.treatylab.negotiation.preference.Profile;
import org.treatylab.negotiation.protocol.Accept;
import org.treatylab.negotiation.protocol.Offer;
import org.treatylab.negotiation.protocol.PartyId;
import org.treatylab.negotiation.protocol.SessionResult;
import org.treatylab.negotiation.protocol.Turn;
import org.treatylab.negotiation.tournament.AgentSummary;
import org.treatylab.negotiation.tournament.SessionRecord;
import org.treatylab.negotiation.tournament.TournamentResult;

/**
 * The JSON shapes of the negotiation engine's results (the contract in the README's Negotiation section), shared by
 * {@code treatylab negotiate|analyze|tournament} and the server's negotiation routes.
 */
public final class NegotiationViews {
    private NegotiationViews() {
    }

    /** {issue: value}, numbers for integer and real issues, text for discrete ones. */
    public static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<IssueId, Value> e : o.asMap().entrySet()) {
            m.put(e.getKey().name(), plain(e.getValue()));
        }
        return m;
    }

    public static Object plain(Value v) {
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        if (v instanceof RealValue r) {
            return r.value();
        }
        return v.text();
    }

    /**
     * The party names a session shows: each profile's name, suffixed with its position when two profiles share a
     * name (the same file given twice).
     */
    public static List<PartyId> partyIds(List<Profile> profiles) {
        List<PartyId> ids = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            String name = names.add(p.name()) ? p.name() : p.name() + "-" + (i + 1);
            names.add(name);
            ids.add(PartyId.of(name));
        }
        return ids;
    }

    /** {@code analyze --format json}. */
    /**
     * An analysis with the notices reading its scenario gave (weights normalised, files skipped): the JSON of
     * {@code analyze --format json} and {@code POST /api/negotiation/analyze}.
     */
    public static Map<String, Object> analysis(Analysis a, List<String> notices) {
        Map<String, Object> m = analysis(a);
        m.put("notices", List.copyOf(notices));
        return m;
    }

    public static Map<String, Object> analysis(Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", a.domain().name());
        m.put("outcomes", a.outcomes());
        m.put("method", a.method().name().toLowerCase(Locale.ROOT));
        m.put("reservations", a.reservations());
        List<Map<String, Object>> pareto = new ArrayList<>();
        for (ParetoPoint p : a.pareto()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("utilities", p.utilities());
            pm.put("outcome", outcome(p.outcome()));
            pm.put("rational", p.rational());
            pareto.add(pm);
        }
        m.put("pareto", pareto);
        m.put("nash", a.nash().map(s -> solution(a, s)).orElse(null));
        m.put("kalai_smorodinsky", a.kalaiSmorodinsky().map(s -> solution(a, s)).orElse(null));
        m.put("max_welfare", solution(a, a.maxWelfare()));
        m.put("opposition", a.opposition());
        return m;
    }

    /** A solution with the same fields whichever it is: utilities, outcome, Nash product, welfare. */
    public static Map<String, Object> solution(Analysis a, Solution s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("utilities", s.utilities());
        m.put("outcome", outcome(s.outcome()));
        double product = 1;
        double welfare = 0;
        for (int i = 0; i < s.utilities().size(); i++) {
            product *= s.utilities().get(i) - a.reservations().get(i);
            welfare += s.utilities().get(i);
        }
        m.put("product", product);
        m.put("welfare", welfare);
        return m;
    }

    /**
     * {@code negotiate --format json}: the end of a session, its distances to the frontier and the Nash point (null
     * when the scenario was too large to analyse), and the trace with every party's utility of each outcome.
     */
    public static Map<String, Object> session(List<Profile> profiles, SessionResult r, Optional<Analysis> a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agreement", r.agreement().map(NegotiationViews::outcome).orElse(null));
        m.put("rounds", r.rounds());
        m.put("utilities", r.utilities());
        m.put("discounted_utilities", r.discountedUtilities());
        m.put("pareto_distance", a.map(x -> x.paretoDistance(r.utilities())).orElse(null));
        m.put("nash_distance", a.map(x -> x.nashDistance(r.utilities())).map(NegotiationViews::orNull).orElse(null));
        m.put("end", r.reason().name().toLowerCase(Locale.ROOT));
        m.put("detail", r.detail());
        m.put("culprit", r.culprit().map(PartyId::name).orElse(null));
        m.put("parties", r.parties().stream().map(PartyId::name).toList());
        m.put("time", r.time());
        List<Map<String, Object>> trace = new ArrayList<>();
        for (Turn t : r.trace()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("round", t.round());
            tm.put("party", t.party().name());
            tm.put("move", t.move().kind());
            Outcome o = outcomeOf(t);
            tm.put("outcome", o == null ? null : outcome(o));
            tm.put("utilities", o == null ? null : profiles.stream().map(p -> p.utility(o)).toList());
            trace.add(tm);
        }
        m.put("trace", trace);
        return m;
    }

    /** The outcome a turn offered or accepted; null for an end. */
    public static Outcome outcomeOf(Turn t) {
        if (t.move() instanceof Offer o) {
            return o.outcome();
        }
        if (t.move() instanceof Accept a) {
            return a.outcome();
        }
        return null;
    }

    /** A tournament's JSON file: {@code {"sessions": [...], "summary": [...]}}. */
    public static Map<String, Object> tournament(TournamentResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessions", r.sessions().stream().map(NegotiationViews::tournamentSession).toList());
        m.put("summary", r.summary().stream().map(NegotiationViews::agentSummary).toList());
        return m;
    }

    public static Map<String, Object> tournamentSession(SessionRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", s.index() + 1);
        m.put("scenario", s.scenario());
        m.put("repetition", s.repetition());
        m.put("agents", s.agents());
        m.put("profiles", s.profiles());
        m.put("seed", s.seed());
        m.put("end", s.reason().name().toLowerCase(Locale.ROOT));
        m.put("agreement", s.isAgreement());
        m.put("rounds", s.rounds());
        m.put("utilities", s.scores());
        m.put("welfare", s.welfare());
        m.put("pareto_distance", s.paretoDistance());
        m.put("nash_distance", orNull(s.nashDistance()));
        m.put("outcome", s.agreement().isEmpty() ? null : s.agreement());
        return m;
    }

    public static Map<String, Object> agentSummary(AgentSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent", a.agent());
        m.put("sessions", a.sessions());
        m.put("mean_utility", a.meanScore());
        m.put("agreement_rate", a.agreementRate());
        m.put("mean_welfare", a.meanWelfare());
        m.put("mean_pareto_distance", a.meanParetoDistance());
        m.put("mean_nash_distance", orNull(a.meanNashDistance()));
        return m;
    }

    /**
     * A tournament's CSV file: one row per session, with {@code agent_*}, {@code profile_*} and {@code utility_*}
     * columns per role (a, b, c, ... up to the most parties of any session; blank for sessions with fewer).
     */
    public static String tournamentCsv(TournamentResult r) {
        int parties = r.sessions().stream().mapToInt(SessionRecord::parties).max().orElse(2);
        List<String> header = new ArrayList<>(List.of("session", "scenario", "repetition"));
        for (String prefix : new String[] {"agent_", "profile_"}) {
            for (int i = 0; i < parties; i++) {
                header.add(prefix + role(i));
            }
        }
        header.addAll(List.of("seed", "end", "agreement", "rounds"));
        for (int i = 0; i < parties; i++) {
            header.add("utility_" + role(i));
        }
        header.addAll(List.of("welfare", "pareto_distance", "nash_distance", "outcome"));
        Csv t = new Csv(header.toArray(new String[0]));
        for (SessionRecord s : r.sessions()) {
            List<Object> row = new ArrayList<>(List.of(s.index() + 1, s.scenario(), s.repetition()));
            for (List<?> l : List.of(s.agents(), s.profiles())) {
                for (int i = 0; i < parties; i++) {
                    row.add(i < l.size() ? l.get(i) : "");
                }
            }
            row.addAll(List.of(s.seed(), s.reason().name().toLowerCase(Locale.ROOT), s.isAgreement(), s.rounds()));
            for (int i = 0; i < parties; i++) {
                row.add(i < s.parties() ? s.scores().get(i) : "");
            }
            row.add(s.welfare());
            row.add(s.paretoDistance());
            row.add(orNull(s.nashDistance()));
            row.add(s.agreement());
            t.row(row.toArray());
        }
        return t.text();
    }

    /** The CSV column suffix of role {@code i}: a, b, c, ... then p27, p28, .... */
    private static String role(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : "p" + (i + 1);
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
